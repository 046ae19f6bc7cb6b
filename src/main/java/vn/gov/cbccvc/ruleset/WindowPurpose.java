package vn.gov.cbccvc.ruleset;

/** What a monthly window is for: the heads' signed approval or the DoHA director's sync signature. */
public enum WindowPurpose {

	HEAD_APPROVAL, SYNC_APPROVAL

}
