package vn.gov.cbccvc.codelist;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped code lists at every start: inserts what is missing, corrects entries still as shipped, and
 * leaves alone what an administrator changed. Nodes starting together queue on a row lock, so the load is done
 * once and never fails on a duplicate.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CodeListLoader implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(CodeListLoader.class);

	private final CodeListEntryRepository entries;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	CodeListLoader(CodeListEntryRepository entries, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	record Result(int inserted, int updated, int unchanged) {
	}

	@Override
	public void run(ApplicationArguments args) {
		Result result = load();
		LOG.info("Code lists loaded: {} inserted, {} updated, {} unchanged", result.inserted(), result.updated(),
				result.unchanged());
	}

	Result load() {
		return this.transaction.execute(status -> loadLocked());
	}

	private Result loadLocked() {
		// serialises loaders of all nodes until this transaction ends (works on H2 and PostgreSQL)
		this.jdbc.queryForObject("SELECT id FROM code_list_load_lock WHERE id = 1 FOR UPDATE", Integer.class);
		Map<String, CodeListEntry> existing = new HashMap<>();
		this.entries.findAll().forEach(e -> existing.put(e.getListName() + "|" + e.getCode(), e));
		int inserted = 0;
		int updated = 0;
		int unchanged = 0;
		OffsetDateTime now = OffsetDateTime.now();
		for (CodeListFiles.Row row : CodeListFiles.readAll()) {
			CodeListEntry entry = existing.get(row.list() + "|" + row.code());
			if (entry == null) {
				entry = new CodeListEntry(row.list(), row.code(), CodeListEntry.FROM_FILE);
				entry.update(row.name(), row.salaryGroup(), row.step(), row.coefficient(), row.sortOrder());
				entry.touch(CodeListEntry.FROM_FILE, true, "loader", now);
				this.entries.save(entry);
				existing.put(row.list() + "|" + row.code(), entry);
				inserted++;
			}
			else if (CodeListEntry.FROM_FILE.equals(entry.getOrigin())
					&& entry.update(row.name(), row.salaryGroup(), row.step(), row.coefficient(), row.sortOrder())) {
				entry.touch(CodeListEntry.FROM_FILE, entry.isActive(), "loader", now);
				updated++;
			}
			else {
				unchanged++;
			}
		}
		return new Result(inserted, updated, unchanged);
	}

}
