package vn.gov.cbccvc.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.DomainException;

/**
 * Reminders and escalations for a user or a group (a Camunda group id such as {@code unit-12-head}). A one-time
 * secret (a temporary password to hand over) is shown to the first reader and then erased.
 */
@Service
public class NotificationService {

	private final NamedParameterJdbcTemplate jdbc;

	NotificationService(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void notify(String recipient, String kind, String subject, String body, String link) {
		notifyWithSecret(recipient, kind, subject, body, null, link);
	}

	public void notifyWithSecret(String recipient, String kind, String subject, String body, String secret,
			String link) {
		this.jdbc.update("insert into notification (recipient, kind, subject, body, secret, link, created_at)"
				+ " values (:recipient, :kind, :subject, :body, :secret, :link, :now)",
				new MapSqlParameterSource().addValue("recipient", recipient)
					.addValue("kind", kind)
					.addValue("subject", cut(subject, 300))
					.addValue("body", cut(body, 2000))
					.addValue("secret", secret)
					.addValue("link", link)
					.addValue("now", Timestamp.from(Instant.now())));
	}

	/** Unread first, newest first, for a user and the groups they belong to. */
	@Transactional(readOnly = true)
	public List<NotificationView> forRecipients(Collection<String> recipients, int limit) {
		if (recipients.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("select id, recipient, kind, subject, body, secret is not null as has_secret, link,"
				+ " created_at, read_at from notification where recipient in (:recipients)"
				+ " order by case when read_at is null then 0 else 1 end, created_at desc fetch first :limit rows only",
				Map.of("recipients", recipients, "limit", limit),
				(rs, i) -> new NotificationView(rs.getLong("id"), rs.getString("recipient"), rs.getString("kind"),
						rs.getString("subject"), rs.getString("body"), rs.getBoolean("has_secret"), rs.getString("link"),
						rs.getTimestamp("created_at").toInstant(),
						rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()));
	}

	/** Marks read and returns the one-time secret, if any, erasing it. */
	@Transactional
	public String read(long id, Collection<String> recipients) {
		List<String> secrets = this.jdbc.query(
				"select secret from notification where id = :id and recipient in (:recipients) for update",
				Map.of("id", id, "recipients", recipients), (rs, i) -> rs.getString(1));
		if (secrets.isEmpty()) {
			throw new DomainException(HttpStatus.NOT_FOUND, "notification.not-found", "Không có thông báo này",
					"No such notification");
		}
		this.jdbc.update("update notification set secret = null, read_at = coalesce(read_at, :now) where id = :id",
				Map.of("id", id, "now", Timestamp.from(Instant.now())));
		return secrets.get(0);
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
