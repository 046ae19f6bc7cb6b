package vn.gov.cbccvc.organisation;

/** Kinds of change to the tree (DN Art. 3.9: create, change, merge, consolidate, dissolve). */
public enum UnitEventType {

	CREATED, RENAMED, MOVED, MERGED, SPLIT, DISSOLVED

}
