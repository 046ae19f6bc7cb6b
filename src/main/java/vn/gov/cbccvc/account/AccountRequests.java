package vn.gov.cbccvc.account;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.cbccvc.security.RoleGrant;

/** Request bodies of {@code /api/accounts}. */
final class AccountRequests {

	private AccountRequests() {
	}

	record PersonalAccountRequest(@NotNull Long personId, @NotBlank String personalIdNumber,
			@NotBlank @Size(max = 200) String displayName, @NotNull Long unitId, @Size(max = 254) String email) {
	}

	record CreateAccountRequest(@NotNull AccountKind kind, @NotBlank String username,
			@NotBlank @Size(max = 200) String displayName, @Size(max = 254) String email, Long personId, Long unitId,
			List<RoleGrant> roles) {

		NewAccount toNewAccount() {
			return new NewAccount(this.kind, this.username, this.displayName, this.email, this.personId, this.unitId,
					this.roles);
		}

	}

	record RoleRequest(@NotBlank String role, Long unitId, @Size(max = 1000) String reason) {

		RoleGrant grant() {
			return new RoleGrant(this.role, this.unitId);
		}

	}

	record ReasonRequest(@Size(max = 1000) String reason) {
	}

	record PasswordChangeRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {
	}

}
