package vn.gov.cbccvc.calendar;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.NotFoundException;

/** Loads, replaces and reads calendar years; a change is published as {@link CalendarYearChanged}. */
@Service
class CalendarService {

	private final CalendarRepository repository;

	private final ApplicationEventPublisher events;

	CalendarService(CalendarRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<CalendarYearSummary> years() {
		return this.repository.findSummaries();
	}

	@Transactional(readOnly = true)
	CalendarYear year(int year) {
		return this.repository.find(year).orElseThrow(() -> new NotFoundException("lịch năm / calendar year", year));
	}

	/** Loads a new year or replaces a loaded one, all or nothing. */
	@Transactional
	CalendarYear put(int year, CalendarYear body, String user) {
		CalendarYearValidator.validate(year, body);
		CalendarYear content = normalised(year, body);
		if (!this.repository.replaceYear(content, user)) {
			try {
				this.repository.insertYear(content, user);
			}
			catch (DuplicateKeyException ex) {
				throw DomainException.conflict("calendar-year-concurrent-load",
						"Lịch năm " + year + " vừa được nạp đồng thời; hãy thử lại",
						"The calendar of " + year + " was loaded concurrently; try again");
			}
		}
		this.events.publishEvent(new CalendarYearChanged(year));
		return content;
	}

	static CalendarYear normalised(int year, CalendarYear body) {
		return new CalendarYear(year, body.source().strip(), Boolean.TRUE.equals(body.provisional()),
				List.copyOf(body.days()));
	}

}
