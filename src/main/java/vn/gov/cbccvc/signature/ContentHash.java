package vn.gov.cbccvc.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 used throughout for signed content: lower-case hex. */
public final class ContentHash {

	private ContentHash() {
	}

	public static String sha256Hex(byte[] content) {
		return HexFormat.of().formatHex(sha256(content));
	}

	static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
