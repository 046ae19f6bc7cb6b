package vn.gov.cbccvc.ruleset;

/** A rule-set file cannot be used: names the file and the line, and stops the start. */
public class RuleSetException extends IllegalStateException {

	public RuleSetException(String file, int line, String problem) {
		super("Rule set file " + file + (line > 0 ? ", line " + line : "") + ": " + problem);
	}

	public RuleSetException(String message) {
		super(message);
	}

}
