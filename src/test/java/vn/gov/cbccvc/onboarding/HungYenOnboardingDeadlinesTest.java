package vn.gov.cbccvc.onboarding;

import java.util.Date;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.gov.cbccvc.ruleset.Deadlines;

/** Onboarding deadlines under rule set HY. */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=HY" })
@ActiveProfiles("test")
class HungYenOnboardingDeadlinesTest extends OnboardingDeadlinesContract {

	@org.springframework.beans.factory.annotation.Autowired
	Deadlines deadlines;

	@Override
	String article(String deadlineKey) {
		return this.deadlines.rule(deadlineKey).article();
	}

	@Override
	boolean approvalInMonthlyWindow() {
		return false;
	}

	@Override
	Date expectedApprovalDue() {
		return endOf(2026, 8, 27);
	}

}
