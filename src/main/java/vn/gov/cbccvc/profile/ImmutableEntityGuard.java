package vn.gov.cbccvc.profile;

import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate only warns when a query tries to update an {@code @Immutable} entity; approved versions are what gets
 * signed (TT06 Art. 7.1), so such a query must fail instead.
 */
@Component
class ImmutableEntityGuard implements HibernatePropertiesCustomizer {

	@Override
	public void customize(java.util.Map<String, Object> properties) {
		properties.putIfAbsent("hibernate.query.immutable_entity_update_query_handling_mode", "exception");
	}

}
