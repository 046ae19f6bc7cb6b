package vn.gov.cbccvc.ruleset;

/** When backups are taken. */
public enum BackupSchedule {

	MONTHLY, MONTHLY_LAST_WORKING_DAY

}
