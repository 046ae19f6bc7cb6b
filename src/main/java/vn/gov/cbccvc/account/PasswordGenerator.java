package vn.gov.cbccvc.account;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/** Temporary passwords: 16 characters, without look-alikes (0/O, 1/l/I), easy to read out to a person. */
@Component
class PasswordGenerator {

	private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";

	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String DIGITS = "23456789";

	private static final String ALL = LOWER + UPPER + DIGITS;

	private static final int LENGTH = 16;

	private final SecureRandom random = new SecureRandom();

	String next() {
		char[] chars = new char[LENGTH];
		// One of each class, so any password policy that asks for them is met.
		chars[0] = pick(LOWER);
		chars[1] = pick(UPPER);
		chars[2] = pick(DIGITS);
		for (int i = 3; i < LENGTH; i++) {
			chars[i] = pick(ALL);
		}
		for (int i = LENGTH - 1; i > 0; i--) {
			int j = this.random.nextInt(i + 1);
			char tmp = chars[i];
			chars[i] = chars[j];
			chars[j] = tmp;
		}
		return new String(chars);
	}

	private char pick(String alphabet) {
		return alphabet.charAt(this.random.nextInt(alphabet.length()));
	}

}
