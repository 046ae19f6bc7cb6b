package vn.gov.cbccvc.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.common.NotFoundException;

/**
 * The rule sets read at start (shipped {@code rulesets/*.yaml} plus {@code app.rulesets.dir}) and the one in force
 * ({@code app.jurisdiction}). Any problem stops the start. Immutable afterwards: every node reads the same files.
 */
@Component
public class RuleSetRegistry {

	private static final Logger log = LoggerFactory.getLogger(RuleSetRegistry.class);

	static final String SHIPPED = "classpath*:rulesets/*.yaml";

	private final Map<String, RuleSet> ruleSets;

	private final RuleSet inForce;

	@Autowired
	RuleSetRegistry(RuleSetProperties properties, @Value("${app.jurisdiction:TT06}") String jurisdiction) {
		this(RuleSetLoader.load(sources(properties.dir())), jurisdiction);
	}

	RuleSetRegistry(Map<String, RuleSet> ruleSets, String jurisdiction) {
		this.ruleSets = ruleSets;
		this.inForce = ruleSets.get(jurisdiction);
		if (this.inForce == null) {
			throw new RuleSetException("app.jurisdiction=" + jurisdiction + " names no rule set; known rule sets: "
					+ ruleSets.keySet());
		}
		log.info("Rule set in force: {} ({}), available: {}", this.inForce.code(), this.inForce.name().en(),
				ruleSets.keySet());
	}

	public RuleSet inForce() {
		return this.inForce;
	}

	public Set<String> codes() {
		return this.ruleSets.keySet();
	}

	/** Every loaded rule set, merged with its base. */
	public List<RuleSet> all() {
		return List.copyOf(this.ruleSets.values());
	}

	public RuleSet get(String code) {
		RuleSet ruleSet = this.ruleSets.get(code);
		if (ruleSet == null) {
			throw new NotFoundException("bộ quy tắc / rule set", code);
		}
		return ruleSet;
	}

	static List<RuleSetSource> sources(String dir) {
		List<RuleSetSource> sources = new ArrayList<>();
		try {
			Resource[] shipped = new PathMatchingResourcePatternResolver().getResources(SHIPPED);
			Arrays.sort(shipped, Comparator.comparing(Resource::getFilename));
			for (Resource r : shipped) {
				try (InputStream in = r.getInputStream()) {
					sources.add(new RuleSetSource("rulesets/" + r.getFilename(),
							new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			if (dir != null && !dir.isBlank()) {
				Path folder = Path.of(dir);
				if (!Files.isDirectory(folder)) {
					throw new RuleSetException("app.rulesets.dir=" + dir + " is not a directory");
				}
				try (Stream<Path> files = Files.list(folder)) {
					for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
						sources.add(new RuleSetSource(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new RuleSetException("Cannot read the rule-set files: " + ex.getMessage());
		}
		return sources;
	}

}
