package vn.gov.cbccvc.account;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import vn.gov.cbccvc.security.RoleGrant;

/** Fresh usernames, person ids and unit ids, so tests sharing one Spring context never meet. */
final class TestAccounts {

	static final String PASSWORD = "Test-password-1";

	private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000, 9_000));

	private TestAccounts() {
	}

	static long nextId() {
		return SEQUENCE.incrementAndGet() * 10;
	}

	/** A plausible personal ID number: Hưng Yên (033), female born 1990s. */
	static String personalIdNumber() {
		return "033190" + String.format("%06d", SEQUENCE.incrementAndGet());
	}

	static NewAccount staff(String prefix, AccountKind kind, Long unitId, RoleGrant... roles) {
		return new NewAccount(kind, prefix + "." + nextId(), "Nguyễn Văn " + prefix, null, null, unitId,
				List.of(roles));
	}

}
