package vn.gov.cbccvc.organisation;

/** The part a unit played in an event. */
public enum UnitRole {

	/** The unit created, renamed, moved or dissolved. */
	SUBJECT,
	/** A unit merged away or split up. */
	SOURCE,
	/** The unit that took over (merge survivor, dissolve target). */
	SUCCESSOR,
	/** A unit created by a split. */
	TARGET,
	OLD_PARENT,
	NEW_PARENT,
	/** A child unit moved because its parent closed, or whose code followed its parent's new code. */
	CHILD

}
