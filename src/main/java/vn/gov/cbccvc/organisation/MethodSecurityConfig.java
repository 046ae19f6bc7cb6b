package vn.gov.cbccvc.organisation;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Turns on {@code @PreAuthorize} for the whole application (first needed by the organisation API). */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfig {

}
