package vn.gov.cbccvc.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.CbccvcApplication;

/**
 * "Now" as the process engine sees it. Timers and due dates follow the engine's clock, which tests move
 * ({@code ClockUtil.setCurrentTime}); reading the same clock here keeps windows, due dates and timers consistent.
 * The only place this feature touches an engine {@code impl} class: replace it here if the engine changes.
 */
@Component
public class EngineClock {

	public static final ZoneId ZONE = ZoneId.of(CbccvcApplication.ZONE);

	public Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public OffsetDateTime nowInZone() {
		return now().atZone(ZONE).toOffsetDateTime();
	}

	public LocalDate today() {
		return now().atZone(ZONE).toLocalDate();
	}

}
