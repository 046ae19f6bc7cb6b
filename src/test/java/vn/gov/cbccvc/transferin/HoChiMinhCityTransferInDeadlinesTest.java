package vn.gov.cbccvc.transferin;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Transfer-in deadlines under rule set HCM. */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=HCM" })
@ActiveProfiles("test")
class HoChiMinhCityTransferInDeadlinesTest extends TransferInDeadlinesContract {

	@Override
	String pullArticle() {
		return "HCM Art. 8.3";
	}

	@Override
	String employeeCheckArticle() {
		return "TT06 Art. 11.1c";
	}

}
