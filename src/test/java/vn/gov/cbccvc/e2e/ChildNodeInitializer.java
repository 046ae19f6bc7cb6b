package vn.gov.cbccvc.e2e;

import java.io.IOException;
import java.net.URL;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Registered in the test classpath's {@code META-INF/spring.factories}, so every Spring application started on it
 * runs this, and only a province node started as a child JVM ({@code --e2e.child-node=true}) is affected. A test
 * context keeps test classes
 * out of component scanning; a plain {@code SpringApplication} does not, so the {@code @TestConfiguration} classes
 * of other features' tests would replace real beans. This keeps every class of the test output out of the scan,
 * and, when {@code e2e.seed.versions} is set, seeds signed versions once the node is ready.
 */
public class ChildNodeInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String CHILD_NODE_PROPERTY = "e2e.child-node";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!context.getEnvironment().getProperty(CHILD_NODE_PROPERTY, Boolean.class, false)) {
			return;
		}
		context.getBeanFactory().registerSingleton("e2eTestClassesExcluded", new TestClassesExcluded());
		int versions = context.getEnvironment().getProperty(SignedVersionSeeder.COUNT_PROPERTY, Integer.class, 0);
		if (versions > 0) {
			context.addApplicationListener(new SeedWhenReady(versions));
		}
	}

	/** A class, not a lambda: Spring reads the event type from the generic signature. */
	static final class SeedWhenReady implements ApplicationListener<ApplicationReadyEvent> {

		private final int versions;

		SeedWhenReady(int versions) {
			this.versions = versions;
		}

		@Override
		public void onApplicationEvent(ApplicationReadyEvent event) {
			new SignedVersionSeeder(event.getApplicationContext(), this.versions).seedOnce();
		}

	}

	/** Excludes from the scan every class read from the directory (or jar) this class came from. */
	static final class TestClassesExcluded extends TypeExcludeFilter {

		private final String testOutput = ChildNodeInitializer.class.getProtectionDomain()
			.getCodeSource()
			.getLocation()
			.toString();

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			URL url = reader.getResource().getURL();
			return url.toString().startsWith(this.testOutput);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClassesExcluded;
		}

		@Override
		public int hashCode() {
			return TestClassesExcluded.class.hashCode();
		}

	}

}
