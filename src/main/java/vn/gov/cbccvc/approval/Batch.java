package vn.gov.cbccvc.approval;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.gov.cbccvc.ruleset.RuleRole;
import vn.gov.cbccvc.security.Roles;

/** One approver's batch of one unit in one monthly window (a row of {@code approval_batch}). */
record Batch(long id, long unitId, RuleRole approverRole, String windowKey, LocalDate firstDay, LocalDate lastDay,
		OffsetDateTime closesAt, String article, BatchStatus status, String processInstanceId, Long signatureId,
		String decidedBy) {

	/** The Camunda group whose members decide this batch, e.g. {@code unit-7-head}. */
	String approverGroup() {
		return Roles.unitRoleGroup(this.unitId, this.approverRole.groupId());
	}

	/** The deputy's batch holds the head's own record (DN Art. 7.1). */
	boolean headsOwnRecords() {
		return this.approverRole == RuleRole.DEPUTY;
	}

	static RuleRole approverFor(boolean headsOwnRecord) {
		return headsOwnRecord ? RuleRole.DEPUTY : RuleRole.HEAD;
	}

}
