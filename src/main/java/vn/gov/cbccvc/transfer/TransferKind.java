package vn.gov.cbccvc.transfer;

import vn.gov.cbccvc.ruleset.DeadlineKey;

/**
 * What kind of move, decided from the organisation tree ({@link TransferRouting}); each kind has the rule set's
 * deadline it runs under, counted from the decision's effective date.
 */
public enum TransferKind {

	/** Same unit, new section (HCM Art. 8.1: 15 wd). */
	WITHIN_UNIT(TransferDirection.INSIDE, DeadlineKey.MOVE_WITHIN_UNIT, "Chuyển bộ phận trong cùng đơn vị"),
	/** Units under the same managing authority (HY Art. 11.1: 10 wd; DN Art. 8.1: as soon as effective). */
	WITHIN_AUTHORITY(TransferDirection.INSIDE, DeadlineKey.MOVE_WITHIN_AUTHORITY,
			"Điều chuyển trong cùng cơ quan quản lý"),
	/** Other units of the province (HCM Art. 8.2: 30 wd; DN Art. 8.2: the district acts for its communes). */
	BETWEEN_UNITS(TransferDirection.INSIDE, DeadlineKey.MOVE_BETWEEN_UNITS, "Điều chuyển giữa các cơ quan, đơn vị"),
	/**
	 * To another province or a central agency (TT06 Art. 11.1a; HY Art. 11.3; HCM Art. 8.3). The rule set's
	 * STATUS_CHANGE deadline: HY Art. 11.3 names the transfer out of the province with the other status changes.
	 */
	OUT_OF_PROVINCE(TransferDirection.OUT, DeadlineKey.STATUS_CHANGE, "Chuyển công tác ra ngoài tỉnh"),
	/** Out of the state sector (TT06 Art. 11.1a, DN Art. 8.5). */
	OUT_OF_STATE_SECTOR(TransferDirection.OUT, DeadlineKey.STATUS_CHANGE, "Chuyển ra khỏi khu vực nhà nước");

	private final TransferDirection direction;

	private final DeadlineKey deadlineKey;

	private final String labelVi;

	TransferKind(TransferDirection direction, DeadlineKey deadlineKey, String labelVi) {
		this.direction = direction;
		this.deadlineKey = deadlineKey;
		this.labelVi = labelVi;
	}

	public TransferDirection direction() {
		return this.direction;
	}

	public DeadlineKey deadlineKey() {
		return this.deadlineKey;
	}

	public String labelVi() {
		return this.labelVi;
	}

}
