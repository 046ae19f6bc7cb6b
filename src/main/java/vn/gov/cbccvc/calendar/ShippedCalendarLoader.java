package vn.gov.cbccvc.calendar;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cbccvc.common.ValidationException;

/**
 * Loads the shipped years ({@code calendar/vn-<year>.yaml}) that the database does not have yet, before the
 * application serves anything. Idempotent, and safe when two nodes start together: the loser of the insert race
 * sees the winner's row and moves on. A year already in the database is never overwritten (an administrator may
 * have replaced it).
 */
@Component
class ShippedCalendarLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ShippedCalendarLoader.class);

	static final String SHIPPED = "classpath*:calendar/vn-*.yaml";

	static final String LOADED_BY = "system:shipped";

	private static final ObjectMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule()).build();

	private final CalendarRepository repository;

	private final TransactionTemplate tx;

	ShippedCalendarLoader(CalendarRepository repository, PlatformTransactionManager transactionManager) {
		this.repository = repository;
		this.tx = new TransactionTemplate(transactionManager);
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(SHIPPED)) {
				load(resource);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the shipped calendar years " + SHIPPED, ex);
		}
	}

	private void load(Resource resource) throws IOException {
		CalendarYear content;
		try (InputStream in = resource.getInputStream()) {
			content = YAML.readValue(in, CalendarYear.class);
		}
		int year = content.year() == null ? 0 : content.year();
		try {
			CalendarYearValidator.validate(year, content);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("Shipped calendar " + resource.getFilename() + " is invalid: "
					+ ex.getViolations(), ex);
		}
		if (this.repository.exists(year)) {
			return;
		}
		CalendarYear normalised = CalendarService.normalised(year, content);
		try {
			this.tx.executeWithoutResult(s -> this.repository.insertYear(normalised, LOADED_BY));
			log.info("Loaded the shipped working-day calendar of {} ({})", year, content.source());
		}
		catch (DuplicateKeyException ex) {
			// Another node loaded the same year at the same moment: its copy is the same file.
			if (!this.repository.exists(year)) {
				throw ex;
			}
		}
	}

}
