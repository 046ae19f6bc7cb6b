package vn.gov.cbccvc.status;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.status.retirement.lead-months}: how long before the retirement date the daily forecast starts the
 * status change, so the decision is prepared in time (default 3 months).
 */
@ConfigurationProperties(prefix = "app.status.retirement")
record RetirementProperties(Integer leadMonths) {

	RetirementProperties {
		if (leadMonths == null || leadMonths < 0 || leadMonths > 24) {
			leadMonths = 3;
		}
	}

}
