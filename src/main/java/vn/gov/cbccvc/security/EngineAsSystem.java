package vn.gov.cbccvc.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the API caller's engine authentication, after the feature checked the caller itself
 * by its domain rules: e.g. a head may complete a batch task but holds no engine right to correlate messages into
 * the onboarding instances of the unit's people; a clerk may cancel an onboarding of their unit. The engine's
 * authorizations stay narrow (granted to groups) and the domain rule is the one place that decides.
 */
@Component
public class EngineAsSystem {

	private final IdentityService identity;

	public EngineAsSystem(IdentityService identity) {
		this.identity = identity;
	}

	public <T> T call(Supplier<T> work) {
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

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
