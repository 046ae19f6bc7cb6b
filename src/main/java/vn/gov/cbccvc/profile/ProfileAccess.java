package vn.gov.cbccvc.profile;

/**
 * The one place where the profile feature asks whether the caller may act on a person's data (TT06 Art. 4.4,
 * 8.3; HCM Art. 4.1). Every service call that reads or writes a person goes through it. The default allows
 * everything to authenticated callers; the security feature replaces it with a bean of its own (role, unit and
 * field restrictions, read logging). Implementations throw a {@code DomainException} (403) to refuse.
 */
public interface ProfileAccess {

	/** Before listing or searching people of a unit ({@code null} = all units). */
	void checkList(Long unitId);

	/** Before creating a person in a unit. */
	void checkCreate(long unitId);

	/** Before reading a person's register entry, CV, versions or attachments. */
	void checkRead(long personId);

	/** Before changing a person's CV draft or uploading evidence. */
	void checkWrite(long personId);

	/** Before the reviewer's and approver's actions: lock, approve, change status. */
	void checkManage(long personId);

	/** Before reading the archive of people who left. */
	void checkArchive();

}
