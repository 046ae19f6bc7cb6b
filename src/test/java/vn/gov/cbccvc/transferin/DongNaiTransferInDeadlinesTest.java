package vn.gov.cbccvc.transferin;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Transfer-in deadlines under rule set DN. */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=DN" })
@ActiveProfiles("test")
class DongNaiTransferInDeadlinesTest extends TransferInDeadlinesContract {

	@Override
	String pullArticle() {
		return "DN Art. 8.3a";
	}

	@Override
	String employeeCheckArticle() {
		return "DN Art. 8.3c";
	}

}
