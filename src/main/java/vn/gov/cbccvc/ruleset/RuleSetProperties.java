package vn.gov.cbccvc.ruleset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir an optional directory whose {@code *.yaml} rule-set files are read next to the shipped ones, so a
 * province is added as data, without code
 */
@ConfigurationProperties("app.rulesets")
record RuleSetProperties(String dir) {
}
