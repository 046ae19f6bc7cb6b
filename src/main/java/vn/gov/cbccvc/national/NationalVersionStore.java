package vn.gov.cbccvc.national;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table national_version: append-only, one row per idempotency key. */
@Repository
class NationalVersionStore {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final NamedParameterJdbcTemplate jdbc;

	NationalVersionStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Keyed(String sha256, Receipt receipt) {
	}

	Optional<Keyed> findByKey(String key) {
		return this.jdbc.query("select sha256, receipt_id, received_at from national_version"
				+ " where idempotency_key = :key", Map.of("key", key),
				(rs, i) -> new Keyed(rs.getString(1), new Receipt(rs.getString(2), at(rs.getTimestamp(3)))))
			.stream()
			.findFirst();
	}

	void insert(VersionSubmission s, byte[] content, byte[] cms, byte[] manifest, String manifestEntry,
			String signer, String clientId, Receipt receipt) {
		Map<String, Object> p = new HashMap<>();
		p.put("key", s.idempotencyKey());
		p.put("receipt", receipt.receiptId());
		p.put("province", s.provinceCode());
		p.put("agency", s.sendingAgencyCode());
		p.put("client", clientId);
		p.put("pid", s.personalIdNumber());
		p.put("no", s.versionNo());
		p.put("kind", s.kind());
		p.put("content", content);
		p.put("sha", s.sha256());
		p.put("cms", cms);
		p.put("manifest", manifest);
		p.put("entry", manifestEntry);
		p.put("signer", signer.length() > 500 ? signer.substring(0, 500) : signer);
		p.put("at", Timestamp.from(receipt.receivedAt().toInstant()));
		this.jdbc.update("insert into national_version (idempotency_key, receipt_id, province_code,"
				+ " sending_agency_code, client_id, personal_id_number, version_no, kind, content, sha256,"
				+ " signature_cms, manifest, manifest_entry, signer_subject, received_at) values (:key, :receipt,"
				+ " :province, :agency, :client, :pid, :no, :kind, :content, :sha, :cms, :manifest, :entry, :signer,"
				+ " :at)", p);
	}

	Optional<StoredVersion> latest(String personalIdNumber) {
		return this.jdbc.query("select * from national_version where personal_id_number = :pid"
				+ " order by received_at desc, id desc fetch first 1 rows only", Map.of("pid", personalIdNumber),
				STORED).stream().findFirst();
	}

	private static final RowMapper<StoredVersion> STORED = NationalVersionStore::map;

	private static StoredVersion map(ResultSet rs, int row) throws SQLException {
		Base64.Encoder b64 = Base64.getEncoder();
		byte[] manifest = rs.getBytes("manifest");
		return new StoredVersion(rs.getString("receipt_id"), at(rs.getTimestamp("received_at")),
				rs.getString("province_code"), rs.getString("sending_agency_code"), rs.getString("personal_id_number"),
				rs.getInt("version_no"), rs.getString("kind"), b64.encodeToString(rs.getBytes("content")),
				rs.getString("sha256"), b64.encodeToString(rs.getBytes("signature_cms")),
				manifest == null ? null : b64.encodeToString(manifest), rs.getString("manifest_entry"),
				rs.getString("signer_subject"));
	}

	private static java.time.OffsetDateTime at(Timestamp ts) {
		return ts.toInstant().atZone(ZONE).toOffsetDateTime();
	}

}
