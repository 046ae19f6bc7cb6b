package vn.gov.cbccvc.profile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.gov.cbccvc.profile.cv.Sex;

/** A person of the register as other features and the API see it. */
public record PersonView(long id, String personalIdNumber, String fullName, Sex sex, LocalDate birthDate,
		long unitId, PersonCategory category, String fileNumber, RecordStatus recordStatus, String statusReason,
		LocalDate statusEffectiveDate, boolean archived, OffsetDateTime archivedAt, String archiveReason,
		String archiveDestination, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

	public PersonView {
		archivedAt = Actors.inZone(archivedAt);
		createdAt = Actors.inZone(createdAt);
		updatedAt = Actors.inZone(updatedAt);
	}


	static PersonView of(Person p) {
		return new PersonView(p.getId(), p.getPersonalIdNumber(), p.getFullName(), p.getSex(), p.getBirthDate(),
				p.getUnitId(), p.getCategory(), p.getFileNumber(), p.getRecordStatus(), p.getStatusReason(),
				p.getStatusEffectiveDate(), p.isArchived(), p.getArchivedAt(), p.getArchiveReason(),
				p.getArchiveDestination(), p.getCreatedAt(), p.getUpdatedAt(), p.getVersion());
	}

}
