package vn.gov.cbccvc.profile;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.cbccvc.codelist.CodeLists;

/**
 * Spring test contexts get the CSV code lists when the real code-list feature is not on the classpath; once it is,
 * its bean wins and this one steps aside.
 */
@Configuration(proxyBeanMethods = false)
class TestCodeListsConfig {

	@Bean
	@ConditionalOnMissingBean(CodeLists.class)
	CodeLists csvCodeLists() {
		return new CsvCodeLists();
	}

}
