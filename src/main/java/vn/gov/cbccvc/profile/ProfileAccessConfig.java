package vn.gov.cbccvc.profile;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProfileAccessConfig {

	/** Until the security feature supplies role checks, every authenticated caller passes (/api/** needs a login). */
	@Bean
	@ConditionalOnMissingBean(ProfileAccess.class)
	ProfileAccess permissiveProfileAccess() {
		return new ProfileAccess() {

			@Override
			public void checkList(Long unitId) {
			}

			@Override
			public void checkCreate(long unitId) {
			}

			@Override
			public void checkRead(long personId) {
			}

			@Override
			public void checkWrite(long personId) {
			}

			@Override
			public void checkManage(long personId) {
			}

			@Override
			public void checkArchive() {
			}

		};
	}

}
