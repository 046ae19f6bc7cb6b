package vn.gov.cbccvc.profile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.profile.cv.CvDocument;

/**
 * Field-level differences between CVs: what the reviewer checks against the evidence (HY Art. 10.3, 10.5) before
 * a change is approved. Compared on the canonical form, so formatting alone is never a change.
 */
@Service
public class ProfileDiff {

	/** The draft compared with the latest approved version ({@code baseVersionNo} null: nothing approved yet). */
	public record DraftDiff(long personId, Integer baseVersionNo, List<FieldChange> changes) {
	}

	private final ProfileService profiles;

	private final ProfileVersionRepository versions;

	private final ProfileAccess access;

	ProfileDiff(ProfileService profiles, ProfileVersionRepository versions, ProfileAccess access) {
		this.profiles = profiles;
		this.versions = versions;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public DraftDiff draftAgainstLatest(long personId) {
		this.access.checkRead(personId);
		ProfileDraft draft = this.profiles.loadDraft(personId);
		var latest = this.versions.findFirstByPersonIdOrderByVersionNoDesc(personId);
		CvDocument before = latest.map(v -> CanonicalJson.read(v.getContent())).orElse(null);
		return new DraftDiff(personId, latest.map(ProfileVersion::getVersionNo).orElse(null),
				diff(before, CanonicalJson.read(draft.getContent())));
	}

	/** Every leaf that was added, removed or changed, old paths first in document order, then added ones. */
	public static List<FieldChange> diff(CvDocument before, CvDocument after) {
		Map<String, String> a = flatten(before == null ? null : CanonicalJson.tree(before));
		Map<String, String> b = flatten(after == null ? null : CanonicalJson.tree(after));
		Set<String> paths = new LinkedHashSet<>(a.keySet());
		paths.addAll(b.keySet());
		List<FieldChange> out = new ArrayList<>();
		for (String path : paths) {
			String oldValue = a.get(path);
			String newValue = b.get(path);
			if (!Objects.equals(oldValue, newValue)) {
				out.add(new FieldChange(path, oldValue, newValue));
			}
		}
		return out;
	}

	private static Map<String, String> flatten(JsonNode root) {
		Map<String, String> out = new LinkedHashMap<>();
		flatten(root, "", out);
		return out;
	}

	private static void flatten(JsonNode node, String path, Map<String, String> out) {
		if (node == null || node.isNull()) {
			return;
		}
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> e = it.next();
				flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(node.get(i), path + "[" + i + "]", out);
			}
		}
		else {
			out.put(path, node.asText());
		}
	}

}
