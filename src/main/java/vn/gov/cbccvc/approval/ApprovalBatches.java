package vn.gov.cbccvc.approval;

import java.util.Date;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.common.DomainException;

/**
 * Read by the window process's expressions: {@code ${approvalBatches.approverGroup(batchId)}} (candidate group of
 * the batch task) and {@code ${approvalBatches.windowClosesAt(batchId)}} (its due date and the closing timer).
 */
@Component("approvalBatches")
public class ApprovalBatches {

	private final BatchStore batches;

	ApprovalBatches(BatchStore batches) {
		this.batches = batches;
	}

	/** {@code unit-<id>-head}, or {@code unit-<id>-deputy} for the head's own record (DN Art. 7.1). */
	public String approverGroup(String batchId) {
		return this.batches.require(id(batchId)).approverGroup();
	}

	/** 23:59:59 (Vietnam) of the window's last day. */
	public Date windowClosesAt(String batchId) {
		return Date.from(this.batches.require(id(batchId)).closesAt().toInstant());
	}

	static long id(Object batchId) {
		try {
			return Long.parseLong(String.valueOf(batchId));
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("approval.bad-batch-id", "Mã lô phê duyệt không hợp lệ: " + batchId,
					"Not an approval batch id: " + batchId);
		}
	}

}
