package vn.gov.cbccvc.transferin;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Transfer-in deadlines under rule set TT06. */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=TT06" })
@ActiveProfiles("test")
class Tt06TransferInDeadlinesTest extends TransferInDeadlinesContract {

	@Override
	String pullArticle() {
		return "TT06 Art. 11.1b";
	}

	@Override
	String employeeCheckArticle() {
		return "TT06 Art. 11.1c";
	}

}
