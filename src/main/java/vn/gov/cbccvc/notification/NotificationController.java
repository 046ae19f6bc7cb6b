package vn.gov.cbccvc.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.CurrentUsers;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Thông báo / Notifications", description = "Reminders, overdue escalations, accounts to hand over")
class NotificationController {

	private final NotificationService notifications;

	private final CurrentUsers users;

	NotificationController(NotificationService notifications, CurrentUsers users) {
		this.notifications = notifications;
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "Thông báo của tôi và nhóm của tôi / My and my groups' notifications")
	List<NotificationView> mine(@RequestParam(defaultValue = "50") int limit) {
		return this.notifications.forRecipients(recipients(), Math.max(1, Math.min(limit, 200)));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Đánh dấu đã đọc; trả về bí mật dùng một lần nếu có / Mark read, returning a one-time secret")
	Map<String, String> read(@PathVariable long id) {
		String secret = this.notifications.read(id, recipients());
		return secret == null ? Map.of() : Map.of("secret", secret);
	}

	private List<String> recipients() {
		CurrentUser user = this.users.require();
		List<String> recipients = new ArrayList<>(user.groupIds());
		recipients.add(user.username());
		return recipients;
	}

}
