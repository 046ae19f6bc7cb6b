package vn.gov.cbccvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.gov.cbccvc.support.PostgresInitializer;

/** The calendar on real PostgreSQL 16: shipped years loaded once even when two nodes start together. */
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class CalendarPostgresIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CalendarRepository repository;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	WorkingDayCalendar calendar;

	@Test
	void twoNodesStartingTogetherLoadTheShippedYearsOnce() throws Exception {
		this.jdbc.update("delete from calendar_day");
		this.jdbc.update("delete from calendar_year");
		CyclicBarrier together = new CyclicBarrier(2);
		Runnable node = () -> {
			try {
				together.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			new ShippedCalendarLoader(this.repository, this.transactionManager).afterSingletonsInstantiated();
		};
		CompletableFuture.allOf(CompletableFuture.runAsync(node), CompletableFuture.runAsync(node)).get();
		assertThat(this.jdbc.queryForList("select cal_year from calendar_year order by cal_year", Integer.class))
			.containsExactly(2024, 2025, 2026, 2027);
		assertThat(this.jdbc.queryForObject("select count(*) from calendar_day where cal_year = 2026", Integer.class))
			.isEqualTo(14);
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 10)).isEqualTo(LocalDate.of(2027, 1, 8));
	}

}
