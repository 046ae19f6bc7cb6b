package vn.gov.cbccvc.profile;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.gov.cbccvc.CbccvcApplication;

/** Who is acting and when, for the audit columns. */
final class Actors {

	static final ZoneId ZONE = ZoneId.of(CbccvcApplication.ZONE);

	private Actors() {
	}

	/** The logged-in user, or {@code system} for engine jobs and start-up work. */
	static String current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth.getName() == null ? "system" : auth.getName();
	}

	/** The caller of a request, falling back to the security context. */
	static String of(Principal principal) {
		return principal == null ? current() : principal.getName();
	}

	/** The same instant on Vietnam's clock, whatever zone the database session answered in. */
	static OffsetDateTime inZone(OffsetDateTime t) {
		return t == null ? null : t.atZoneSameInstant(ZONE).toOffsetDateTime();
	}

	/** Now, to the microsecond: what both databases store, so a value reads back equal. */
	static OffsetDateTime now() {
		return OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.MICROS);
	}

}
