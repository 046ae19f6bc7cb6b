package vn.gov.cbccvc.sync;

import java.util.regex.Pattern;

/**
 * The key the national side stores a version by: {@code <provinceCode>:<versionId>:<sha256>}. The same version
 * sent twice (a retry, an expired lock) has the same key, so the second send changes nothing.
 */
final class IdempotencyKey {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private IdempotencyKey() {
	}

	static String of(String provinceCode, long versionId, String sha256) {
		if (provinceCode == null || provinceCode.isBlank() || provinceCode.contains(":")) {
			throw new IllegalArgumentException("province code must be non-blank without ':'");
		}
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
		}
		return provinceCode + ":" + versionId + ":" + sha256;
	}

}
