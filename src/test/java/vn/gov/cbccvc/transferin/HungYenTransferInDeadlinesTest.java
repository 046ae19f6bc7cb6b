package vn.gov.cbccvc.transferin;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Transfer-in deadlines under rule set HY. */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=HY" })
@ActiveProfiles("test")
class HungYenTransferInDeadlinesTest extends TransferInDeadlinesContract {

	@Override
	String pullArticle() {
		return "HY Art. 11.2";
	}

	@Override
	String employeeCheckArticle() {
		return "TT06 Art. 11.1c";
	}

}
