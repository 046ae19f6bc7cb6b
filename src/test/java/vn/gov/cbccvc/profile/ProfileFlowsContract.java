package vn.gov.cbccvc.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import vn.gov.cbccvc.organisation.OrganisationService;
import vn.gov.cbccvc.support.TestUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.organisation.PeopleRehoming;
import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.Identity;
import vn.gov.cbccvc.profile.cv.Sex;

/**
 * The profile feature's flows against a real schema (Flyway migration + JPA validation). Run on H2 by
 * {@link ProfileH2Test} and on PostgreSQL 16 by {@link ProfilePostgresIT}.
 */
abstract class ProfileFlowsContract {

	private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 400_000));

	@Autowired
	PersonService personService;

	@Autowired
	ProfileService profileService;

	@Autowired
	AttachmentService attachmentService;

	@Autowired
	PeopleRehoming rehoming;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	/** A fresh male born 14/03/1985 in Hà Nội with a personal ID number no other test uses. */
	static String newId() {
		return "001085" + String.format("%06d", SERIAL.incrementAndGet());
	}

	@Autowired
	OrganisationService organisation;

	long newUnit() {
		return TestUnits.newUnit(this.organisation);
	}

	PersonView register(String personalId, String name, long unit) {
		return this.personService.register(new NewPerson(personalId, name, Sex.MALE, SampleCv.BIRTH, unit,
				PersonCategory.CIVIL_SERVANT, "HY-" + personalId.substring(6)), "clerk");
	}

	static CvDocument cvOf(String personalId) {
		return SampleCv.full(SampleCv.identity(personalId, Sex.MALE, SampleCv.BIRTH));
	}

	@Test
	void approvedDraft_becomesVersionOneWithTheHashOfItsCanonicalBytes() {
		String pid = newId();
		PersonView p = register(pid, "Nguyễn Văn An", newUnit());
		this.profileService.saveDraft(p.id(), cvOf(pid), null, "employee");
		ProfileVersionInfo v1 = this.profileService.approveDraft(p.id(), VersionKind.ONBOARDING, "head");
		assertThat(v1.versionNo()).isEqualTo(1);
		byte[] bytes = this.profileService.canonicalBytes(v1.id());
		assertThat(CanonicalJson.sha256Hex(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)))
			.isEqualTo(v1.contentSha256());
		assertThat(CanonicalJson.write(this.profileService.version(p.id(), 1).content()))
			.isEqualTo(CanonicalJson.write(cvOf(pid)));
		assertThat(this.personService.get(p.id()).fullName()).isEqualTo("Nguyễn Văn An");
		ProfileVersionInfo v2 = this.profileService.approveDraft(p.id(), VersionKind.CHANGE, "head");
		assertThat(v2.versionNo()).isEqualTo(2);
		assertThat(v2.contentSha256()).isEqualTo(v1.contentSha256());
		assertThat(this.profileService.versions(p.id())).extracting(ProfileVersionInfo::versionNo).containsExactly(2, 1);
	}

	@Test
	void approvedVersion_cannotBeModified() {
		String pid = newId();
		PersonView p = register(pid, "Trần Văn Bình", newUnit());
		this.profileService.saveDraft(p.id(), cvOf(pid), null, "employee");
		ProfileVersionInfo v = this.profileService.approveDraft(p.id(), VersionKind.ONBOARDING, "head");
		// an update query is refused outright
		assertThatThrownBy(() -> this.tx.executeWithoutResult(s -> this.entityManager
			.createQuery("update ProfileVersion v set v.content = '{}' where v.id = :id")
			.setParameter("id", v.id())
			.executeUpdate())).isInstanceOf(Exception.class);
		// a change to a loaded version is never written
		this.tx.executeWithoutResult(s -> {
			ProfileVersion loaded = this.entityManager.find(ProfileVersion.class, v.id());
			org.springframework.test.util.ReflectionTestUtils.setField(loaded, "content", "{}");
			this.entityManager.flush();
		});
		assertThat(this.jdbc.queryForObject("select content_sha256 from profile_version where id = ?", String.class,
				v.id())).isEqualTo(v.contentSha256());
		// nor can plain SQL past the application change or delete it: the database refuses
		assertThatThrownBy(() -> this.jdbc.update("update profile_version set content = '{}' where id = ?", v.id()))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("delete from profile_version where id = ?", v.id()))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
		assertThat(CanonicalJson.sha256Hex(this.jdbc.queryForObject("select content from profile_version where id = ?",
				String.class, v.id()))).isEqualTo(v.contentSha256());
	}

	@Test
	void lockedDraft_refusesEdits_untilApproved() {
		String pid = newId();
		PersonView p = register(pid, "Lê Văn Cường", newUnit());
		this.profileService.saveDraft(p.id(), cvOf(pid), null, "employee");
		this.profileService.setDraftLocked(p.id(), true, "reviewer");
		assertThatThrownBy(() -> this.profileService.saveDraft(p.id(), cvOf(pid), null, "employee"))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("profile.draft-locked"));
		this.profileService.approveDraft(p.id(), VersionKind.ONBOARDING, "head");
		assertThat(this.profileService.getDraft(p.id()).lockedForEditing()).isFalse();
	}

	@Test
	void staleDraftVersion_isRefused() {
		String pid = newId();
		PersonView p = register(pid, "Phạm Văn Dũng", newUnit());
		long read = this.profileService.getDraft(p.id()).version();
		this.profileService.saveDraft(p.id(), cvOf(pid), read, "employee");
		assertThatThrownBy(() -> this.profileService.saveDraft(p.id(), cvOf(pid), read, "employee"))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.getCode()).isEqualTo("stale-record"));
	}

	@Test
	void invalidDraft_isNotWritten() {
		String pid = newId();
		PersonView p = register(pid, "Võ Văn Em", newUnit());
		DraftView before = this.profileService.getDraft(p.id());
		Identity wrongId = SampleCv.identity(newId(), Sex.MALE, SampleCv.BIRTH);
		assertThatThrownBy(() -> this.profileService.saveDraft(p.id(), SampleCv.full(wrongId), null, "employee"))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.getViolations())
				.extracting(f -> f.code())
				.contains("personal-id.not-the-person"));
		assertThat(this.profileService.getDraft(p.id())).isEqualTo(before);
	}

	@Test
	void draftDiff_listsWhatChangedSinceTheLatestVersion() {
		String pid = newId();
		PersonView p = register(pid, "Đỗ Văn Giang", newUnit());
		assertThat(this.profileService.saveDraft(p.id(), cvOf(pid), null, "employee")).isNotNull();
		this.profileService.approveDraft(p.id(), VersionKind.ONBOARDING, "head");
		Identity i = cvOf(pid).identity();
		Identity moved = new Identity(i.birthName(), i.sex(), i.otherNames(), i.birthDate(), i.placeOfBirth(),
				i.homeTown(), i.ethnicGroupCode(), i.religionCode(), i.personalIdNumber(), i.personalIdIssueDate(),
				"0987654321", i.socialInsuranceNumber(), i.healthInsuranceCardNumber(), i.currentResidence(),
				i.familyBackground());
		this.profileService.saveDraft(p.id(), cvOf(pid).withIdentity(moved), null, "employee");
		var diff = this.profileService.getDraft(p.id());
		assertThat(diff.content().identity().phone()).isEqualTo("0987654321");
	}

	@Test
	void personWhoLeaves_isArchivedNotDeleted() {
		long unit = newUnit();
		PersonView stays = register(newId(), "Hoàng Thị Hoa", unit);
		PersonView leaves = register(newId(), "Hoàng Văn Khánh", unit);
		PersonView after = this.personService.changeRecordStatus(leaves.id(), RecordStatus.RETIRED,
				"Quyết định nghỉ hưu số 12/QĐ-SNV", LocalDate.of(2026, 5, 1));
		assertThat(after.archived()).isTrue();
		assertThat(after.archivedAt()).isNotNull();
		assertThat(after.archiveReason()).contains("12/QĐ-SNV");
		var active = this.personService.search(new PersonFilter(unit, null, null, null), PageRequest.of(0, 20));
		assertThat(active.getContent()).extracting(PersonView::id).containsExactly(stays.id());
		var archive = this.personService.archive(unit, PageRequest.of(0, 20));
		assertThat(archive.getContent()).extracting(PersonView::id).containsExactly(leaves.id());
		var retired = this.personService.search(new PersonFilter(unit, RecordStatus.RETIRED, null, null),
				PageRequest.of(0, 20));
		assertThat(retired.getContent()).extracting(PersonView::id).containsExactly(leaves.id());
		assertThat(this.personService.get(leaves.id()).recordStatus()).isEqualTo(RecordStatus.RETIRED);
	}

	@Test
	void searchByName_ignoresCaseAndDiacritics_andIsPaged() {
		long unit = newUnit();
		register(newId(), "Ngô Thị Lan", unit);
		register(newId(), "Ngô Văn Long", unit);
		register(newId(), "Bùi Văn Minh", unit);
		var page = this.personService.search(new PersonFilter(unit, RecordStatus.ACTIVE, PersonCategory.CIVIL_SERVANT,
				"NGO"), PageRequest.of(0, 1));
		assertThat(page.getTotalElements()).isEqualTo(2);
		assertThat(page.getContent()).extracting(PersonView::fullName).containsExactly("Ngô Thị Lan");
	}

	@Test
	void samePersonalIdTwice_isRefused() {
		String pid = newId();
		register(pid, "Cao Văn Nam", newUnit());
		assertThatThrownBy(() -> register(pid, "Cao Văn Nam", newUnit()))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("person.duplicate-personal-id"));
	}

	@Test
	void rehoming_movesPeopleInBulk_andRefusesStrangers() {
		long from = newUnit();
		long to = newUnit();
		long third = newUnit();
		PersonView a = register(newId(), "Người A", from);
		PersonView b = register(newId(), "Người B", from);
		PersonView c = register(newId(), "Người C", from);
		PersonView stranger = register(newId(), "Người D", third);
		assertThat(this.rehoming.countPeopleIn(from)).isEqualTo(3);
		assertThat(this.rehoming.move(List.of(a.id(), a.id()), from, to)).isEqualTo(1);
		assertThatThrownBy(() -> this.rehoming.move(List.of(b.id(), stranger.id()), from, to))
			.isInstanceOf(DomainException.class);
		// nothing of the refused move was kept
		assertThat(this.personService.get(b.id()).unitId()).isEqualTo(from);
		assertThat(this.rehoming.moveAll(from, to)).isEqualTo(2);
		assertThat(this.rehoming.countPeopleIn(from)).isZero();
		assertThat(this.rehoming.countPeopleIn(to)).isEqualTo(3);
		PersonView movedC = this.personService.get(c.id());
		assertThat(movedC.unitId()).isEqualTo(to);
		assertThat(movedC.version()).isGreaterThan(c.version());
	}

	@Test
	void attachment_roundTripsItsBytes_andListsWithoutContent() {
		PersonView p = register(newId(), "Lý Thị Oanh", newUnit());
		AttachmentInfo info = this.attachmentService.upload(p.id(), "training.professional[0]", "bang.pdf",
				"application/pdf", AttachmentServiceTest.PDF, "employee");
		assertThat(this.attachmentService.list(p.id())).containsExactly(info);
		assertThat(this.attachmentService.content(p.id(), info.id()).content()).isEqualTo(AttachmentServiceTest.PDF);
		assertThatThrownBy(() -> this.attachmentService.content(p.id() + 100_000, info.id()))
			.isInstanceOf(DomainException.class);
	}

}
