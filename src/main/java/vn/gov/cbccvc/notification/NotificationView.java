package vn.gov.cbccvc.notification;

import java.time.Instant;

public record NotificationView(long id, String recipient, String kind, String subject, String body,
		boolean hasSecret, String link, Instant createdAt, Instant readAt) {
}
