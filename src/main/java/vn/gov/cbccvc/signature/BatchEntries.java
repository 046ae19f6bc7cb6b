package vn.gov.cbccvc.signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The items of a batch signature. Written with one JDBC batch (a monthly sync of a large province lists tens of
 * thousands of versions), in manifest order, inside the caller's transaction.
 */
@Component
class BatchEntries {

	private final JdbcTemplate jdbc;

	BatchEntries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long signatureId, List<BatchEntry> canonicalOrder) {
		List<Object[]> rows = new ArrayList<>(canonicalOrder.size());
		for (int i = 0; i < canonicalOrder.size(); i++) {
			BatchEntry entry = canonicalOrder.get(i);
			rows.add(new Object[] { signatureId, i, entry.subjectType(), entry.subjectId(), entry.sha256() });
		}
		this.jdbc.batchUpdate("insert into signature_batch_entry (signature_id, entry_no, subject_type, subject_id,"
				+ " content_sha256) values (?, ?, ?, ?, ?)", rows);
	}

	List<BatchEntry> of(long signatureId) {
		return this.jdbc.query("select subject_type, subject_id, content_sha256 from signature_batch_entry"
				+ " where signature_id = ? order by entry_no",
				(rs, i) -> new BatchEntry(rs.getString(1), rs.getString(2), rs.getString(3)), signatureId);
	}

	Optional<BatchEntry> find(long signatureId, String subjectType, String subjectId) {
		return this.jdbc
			.query("select subject_type, subject_id, content_sha256 from signature_batch_entry"
					+ " where signature_id = ? and subject_type = ? and subject_id = ?",
					(rs, i) -> new BatchEntry(rs.getString(1), rs.getString(2), rs.getString(3)), signatureId,
					subjectType, subjectId)
			.stream()
			.findFirst();
	}

}
