package vn.gov.cbccvc.ruleset;

import java.util.Map;

/** A rule set as written in its file, with the line of every node (by JSON pointer) for error messages. */
record ParsedRuleSet(String file, RuleSet raw, Map<String, Integer> lines) {

	/** The line of the node at {@code pointer}, or of its nearest written ancestor. */
	int line(String pointer) {
		String p = pointer;
		while (!p.isEmpty()) {
			Integer line = this.lines.get(p);
			if (line != null) {
				return line;
			}
			p = p.substring(0, p.lastIndexOf('/'));
		}
		return 1;
	}

	RuleSetException error(String pointer, String problem) {
		return new RuleSetException(this.file, line(pointer), problem + " (at " + pointer.substring(1).replace('/', '.') + ")");
	}

}
