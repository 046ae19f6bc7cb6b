package vn.gov.cbccvc.status;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_StartDueRetirements: starts {@value StatusChangeProcess#KEY} (kind RETIRED) for each active person whose
 * retirement date falls within the lead time, so the unit prepares the decision in time (HY Art. 11.3: 5 wd from
 * the effective date; HCM Art. 8.4: 10 wd). Idempotent: nobody with an open request, nobody started before by the
 * forecast (a withdrawn one, e.g. an extension of service, is not restarted); a month back is looked at again
 * so a day without the timer loses nobody. Sets {@code startedCount}.
 */
@Component
class StartDueRetirementsDelegate implements JavaDelegate {

	private final RetirementForecast forecast;

	private final StatusChangeService requests;

	private final RetirementProperties properties;

	StartDueRetirementsDelegate(RetirementForecast forecast, StatusChangeService requests,
			RetirementProperties properties) {
		this.forecast = forecast;
		this.requests = requests;
		this.properties = properties;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// the engine's clock, so tests (and a replay) can move it
		LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(StatusChangeService.ZONE).toLocalDate();
		int started = 0;
		for (RetirementForecastRow row : this.forecast.all(today.minusMonths(1),
				today.plusMonths(this.properties.leadMonths()))) {
			if (this.requests.startRetirementAhead(row.personId(), row.pensionFrom()).isPresent()) {
				started++;
			}
		}
		execution.setVariable("startedCount", started);
	}

}
