package vn.gov.cbccvc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalProfileSwitchTest {

	@Test
	void nationalAmongTheActiveProfiles_startsTheNationalNode() {
		assertThat(CbccvcApplication.nationalProfile(new String[] { "--spring.profiles.active=postgres,national" }))
			.isTrue();
		assertThat(CbccvcApplication.nationalProfile(new String[] { "--spring.profiles.active=national" })).isTrue();
	}

	@Test
	void provinceProfiles_startTheProvinceApplication() {
		assertThat(CbccvcApplication.nationalProfile(new String[] { "--spring.profiles.active=postgres" })).isFalse();
		assertThat(CbccvcApplication.nationalProfile(new String[] { "--server.port=8090" })).isFalse();
	}

}
