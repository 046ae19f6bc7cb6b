package vn.gov.cbccvc.overdue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of missed deadlines: one row per missed step, open until the step is done. Managers list it per
 * unit (TT06 Art. 15.3, HY Art. 15.3) without querying the engine's task tables.
 */
@Service
public class OverdueService {

	private final NamedParameterJdbcTemplate jdbc;

	OverdueService(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a missed deadline once (a retried job records nothing twice). */
	@Transactional
	public void record(OverdueItem item) {
		Integer existing = this.jdbc.queryForObject("select count(*) from overdue_item where process_instance_id = :pi"
				+ " and deadline_key = :key and due_at = :due", Map.of("pi", item.processInstanceId(), "key",
						item.deadlineKey(), "due", Timestamp.from(item.dueAt())), Integer.class);
		if (existing != null && existing > 0) {
			return;
		}
		try {
			this.jdbc.update("insert into overdue_item (process_instance_id, business_key, process_key, deadline_key,"
					+ " task_name, unit_id, person_id, responsible, escalated_to, article, due_at, detected_at)"
					+ " values (:pi, :bk, :process, :key, :task, :unit, :person, :responsible, :escalated, :article,"
					+ " :due, :now)", new MapSqlParameterSource().addValue("pi", item.processInstanceId())
						.addValue("bk", item.businessKey())
						.addValue("process", item.processKey())
						.addValue("key", item.deadlineKey())
						.addValue("task", item.taskName())
						.addValue("unit", item.unitId())
						.addValue("person", item.personId())
						.addValue("responsible", item.responsible())
						.addValue("escalated", item.escalatedTo())
						.addValue("article", item.article())
						.addValue("due", Timestamp.from(item.dueAt()))
						.addValue("now", Timestamp.from(Instant.now())));
		}
		catch (DuplicateKeyException ex) {
			// another node recorded it first
		}
	}

	/** Closes the open items of an instance (all keys when {@code deadlineKey} is null). */
	@Transactional
	public int resolve(String processInstanceId, String deadlineKey) {
		return this.jdbc.update("update overdue_item set resolved_at = :now where process_instance_id = :pi"
				+ " and resolved_at is null and (:key is null or deadline_key = :key)",
				new MapSqlParameterSource().addValue("now", Timestamp.from(Instant.now()))
					.addValue("pi", processInstanceId)
					.addValue("key", deadlineKey, java.sql.Types.VARCHAR));
	}

	/** Open (or all) overdue work of a unit, most overdue first. */
	@Transactional(readOnly = true)
	public Page<OverdueView> list(Long unitId, boolean openOnly, Pageable page) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("unit", unitId, java.sql.Types.BIGINT)
			.addValue("open", openOnly)
			.addValue("limit", page.getPageSize())
			.addValue("offset", page.getOffset());
		String where = " where (:unit is null or unit_id = :unit) and (:open = false or resolved_at is null)";
		Long total = this.jdbc.queryForObject("select count(*) from overdue_item" + where, params, Long.class);
		List<OverdueView> rows = this.jdbc.query("select * from overdue_item" + where
				+ " order by due_at, id offset :offset rows fetch next :limit rows only", params,
				(rs, i) -> new OverdueView(rs.getLong("id"), rs.getString("process_instance_id"),
						rs.getString("business_key"), rs.getString("process_key"), rs.getString("deadline_key"),
						rs.getString("task_name"), rs.getLong("unit_id"), (Long) rs.getObject("person_id", Long.class),
						rs.getString("responsible"), rs.getString("escalated_to"), rs.getString("article"),
						rs.getTimestamp("due_at").toInstant(), rs.getTimestamp("detected_at").toInstant(),
						rs.getTimestamp("resolved_at") == null ? null : rs.getTimestamp("resolved_at").toInstant()));
		return new PageImpl<>(rows, page, total == null ? 0 : total);
	}

	public record OverdueItem(String processInstanceId, String businessKey, String processKey, String deadlineKey,
			String taskName, long unitId, Long personId, String responsible, String escalatedTo, String article,
			Instant dueAt) {

		public static Instant instant(Date date) {
			return date == null ? Instant.now() : date.toInstant();
		}

	}

}
