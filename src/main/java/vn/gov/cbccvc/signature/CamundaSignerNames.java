package vn.gov.cbccvc.signature;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Names come from the engine's identity store, where every account lives. */
@Component
class CamundaSignerNames implements SignerNames {

	private final IdentityService identityService;

	CamundaSignerNames(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public String displayName(String username) {
		User user = this.identityService.createUserQuery().userId(username).singleResult();
		if (user == null) {
			return username;
		}
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
		return name.isEmpty() ? username : name;
	}

}
