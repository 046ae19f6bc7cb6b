package vn.gov.cbccvc.organisation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

import vn.gov.cbccvc.security.Roles;

/**
 * Only the Department of Home Affairs administrators (or Camunda administrators) may call this: the org tree and
 * the code lists are DoHA's (REGULATIONS.md "Actors").
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyAuthority('" + Roles.AUTHORITY_PREFIX + Roles.DOHA_ADMIN + "', '" + Roles.AUTHORITY_PREFIX
		+ Roles.CAMUNDA_ADMIN + "')")
public @interface DohaAdminOnly {

}
