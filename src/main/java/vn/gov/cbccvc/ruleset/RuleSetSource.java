package vn.gov.cbccvc.ruleset;

/** The text of one rule-set file and the name it is reported under. */
record RuleSetSource(String name, String content) {
}
