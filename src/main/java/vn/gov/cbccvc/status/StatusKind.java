package vn.gov.cbccvc.status;

import vn.gov.cbccvc.profile.RecordStatus;

/**
 * What the effective document says happened (TT06 Art. 11.2, HCM Art. 8.4). Leaving the state sector has no record
 * status of its own: the record is set RESIGNED (it leaves the active list and is archived) while the request
 * keeps the exact kind.
 */
public enum StatusKind {

	RETIRED(RecordStatus.RETIRED, "Nghỉ hưu"),
	RESIGNED(RecordStatus.RESIGNED, "Thôi việc"),
	DISMISSED(RecordStatus.DISMISSED, "Buộc thôi việc"),
	DECEASED(RecordStatus.DECEASED, "Từ trần"),
	LEFT_STATE_SECTOR(RecordStatus.RESIGNED, "Ra khỏi khu vực nhà nước");

	private final RecordStatus recordStatus;

	private final String labelVi;

	StatusKind(RecordStatus recordStatus, String labelVi) {
		this.recordStatus = recordStatus;
		this.labelVi = labelVi;
	}

	public RecordStatus recordStatus() {
		return this.recordStatus;
	}

	public String labelVi() {
		return this.labelVi;
	}

}
