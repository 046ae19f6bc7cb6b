package vn.gov.cbccvc.national;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trustedCertificates the provincial CAs whose signatures are accepted: PEM text, or a resource location
 *        ({@code file:/etc/cbccvc/vgca-root.pem}, {@code classpath:...}) of a PEM file (TT06 Art. 9, 12.3)
 * @param clients one HTTP Basic credential per province: client id → password (Spring's {@code {bcrypt}} or
 *        {@code {noop}} form) and the province code the client may send for
 */
@ConfigurationProperties("national")
public record NationalProperties(@DefaultValue List<String> trustedCertificates,
		@DefaultValue Map<String, Client> clients) {

	public record Client(String password, String provinceCode) {
	}

}
