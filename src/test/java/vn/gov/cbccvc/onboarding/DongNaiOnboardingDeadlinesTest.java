package vn.gov.cbccvc.onboarding;

import java.util.Date;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.gov.cbccvc.ruleset.Deadlines;

/** Onboarding deadlines under rule set DN. */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=DN" })
@ActiveProfiles("test")
class DongNaiOnboardingDeadlinesTest extends OnboardingDeadlinesContract {

	@org.springframework.beans.factory.annotation.Autowired
	Deadlines deadlines;

	@Override
	String article(String deadlineKey) {
		return this.deadlines.rule(deadlineKey).article();
	}

	@Override
	boolean districtCreatesCommuneAccounts() {
		return true;
	}

	@Override
	boolean approvalInMonthlyWindow() {
		return true;
	}

	@Override
	Date expectedApprovalDue() {
		return null;
	}

}
