package vn.gov.cbccvc.approval;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the API caller's engine authentication, after this feature checked the caller itself
 * (member of the batch's approver group): a head may complete the batch task, but holds no right to correlate
 * messages into the onboarding instances of the unit's people.
 */
@Component
class EngineAsSystem {

	private final IdentityService identity;

	EngineAsSystem(IdentityService identity) {
		this.identity = identity;
	}

	<T> T call(Supplier<T> work) {
		Authentication caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller);
			}
		}
	}

	void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
