package vn.gov.cbccvc.transferin;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.profile.CanonicalJson;
import vn.gov.cbccvc.profile.NewPerson;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.Header;
import vn.gov.cbccvc.profile.cv.Identity;
import vn.gov.cbccvc.signature.ContentHash;
import vn.gov.cbccvc.sync.NationalRecord;
import vn.gov.cbccvc.sync.NationalRecordLookup;

/**
 * DoHA's pull from the national database (TT06 Art. 11.1b, DN Art. 8.3a/8.4, HY Art. 11.2, HCM Art. 8.3): reads
 * the latest signed version, checks its hash and that it is this person's CV, registers the person in the
 * receiving unit (or brings back the archived record of someone who had left it) and fills the draft from the pulled canonical content, so nothing is typed again (TT06 Art. 4.5),
 * and records where it came from. Idempotent: a transfer already pulled is not pulled again.
 */
@Component
class NationalRecordPull {

	private final NationalRecordLookup lookup;

	private final TransferInRepository transfers;

	private final PersonService people;

	private final ProfileService profiles;

	NationalRecordPull(NationalRecordLookup lookup, TransferInRepository transfers, PersonService people,
			ProfileService profiles) {
		this.lookup = lookup;
		this.transfers = transfers;
		this.people = people;
		this.profiles = profiles;
	}

	/**
	 * Reads and checks the national record; empty when this transfer was pulled already (a job run twice).
	 * @throws PullProblem the record is missing or unusable: DoHA decides (retry or cancel)
	 * @throws vn.gov.cbccvc.sync.NationalRecordUnavailableException an outage: the job is retried
	 */
	java.util.Optional<Fetched> fetch(long transferInId) {
		TransferIn transfer = load(transferInId);
		if (transfer.getPersonId() != null) {
			return java.util.Optional.empty();
		}
		NationalRecord record;
		try {
			record = this.lookup.latest(transfer.getPersonalIdNumber());
		}
		catch (vn.gov.cbccvc.sync.NationalRecordNotFoundException ex) {
			throw new PullProblem("CSDL quốc gia không có hồ sơ của người này / The national database holds no record"
					+ " of this person (" + ex.getMessage() + ")");
		}
		return java.util.Optional.of(new Fetched(record, verified(record, transfer.getPersonalIdNumber())));
	}

	record Fetched(NationalRecord record, CvDocument content) {
	}

	/** The person registered by an earlier pull of this transfer, if any. */
	Long registeredPerson(long transferInId) {
		return load(transferInId).getPersonId();
	}

	/**
	 * Registers the person and fills the draft in a transaction of its own: a content refused by the CV rules
	 * leaves nothing behind, while the process carries on to DoHA's decision.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long store(long transferInId, NationalRecord record, CvDocument content, String actor) {
		TransferIn transfer = load(transferInId);
		if (transfer.getPersonId() != null) {
			return transfer.getPersonId();
		}
		Identity id = content.identity();
		try {
			// someone who once left this province comes back to their own archived record; anyone else is new here
			PersonView person = this.people
				.readmit(transfer.getPersonalIdNumber(), transfer.getUnitId(), transfer.getCategory(),
						"Tiếp nhận chuyển đến theo quyết định " + transfer.getDecisionNumber(), actor)
				.orElseGet(() -> this.people.register(new NewPerson(transfer.getPersonalIdNumber(), id.birthName(),
						id.sex(), id.birthDate(), transfer.getUnitId(), transfer.getCategory(),
						content.header() == null ? null : content.header().fileNumber()), actor));
			this.profiles.saveDraft(person.id(), content, null, actor);
			transfer.pulled(person.id(), new TransferIn.Origin(record.nationalVersionId(), record.versionNo(),
					record.sha256(), record.sendingAgencyCode(), record.provinceCode(), record.signerSubject()), actor,
					OffsetDateTime.now(TransferInService.ZONE));
			this.transfers.saveAndFlush(transfer);
			return person.id();
		}
		catch (DomainException ex) {
			throw new PullProblem("Hồ sơ từ CSDL quốc gia không dùng được / The national record cannot be used: "
					+ describe(ex));
		}
	}

	/** The content is what the national database says it is, and it is this person's CV. */
	static CvDocument verified(NationalRecord record, String personalIdNumber) {
		String actual = ContentHash.sha256Hex(record.canonicalContent());
		if (!actual.equalsIgnoreCase(record.sha256())) {
			throw new PullProblem("Mã băm của nội dung không khớp / The content does not match its SHA-256 (expected "
					+ record.sha256() + ", got " + actual + ")");
		}
		CvDocument cv;
		try {
			cv = CanonicalJson.read(new String(record.canonicalContent(), StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			throw new PullProblem("Nội dung không phải sơ yếu lý lịch / The content is not a CV");
		}
		if (cv == null || cv.identity() == null || !personalIdNumber.equals(cv.identity().personalIdNumber())) {
			throw new PullProblem("Hồ sơ không phải của người có số định danh này / The record is not this person's");
		}
		Header header = cv.header();
		if (header != null && header.photoAttachmentId() != null) {
			// the photo is a file of the sending province's database, not served by the national API
			cv = new CvDocument(cv.schemaVersion(), new Header(header.managingAgency(), header.employingUnit(),
					header.fileNumber(), null), cv.identity(), cv.recruitment(), cv.partyAndUnions(), cv.military(),
					cv.policy(), cv.education(), cv.positions(), cv.salary(), cv.health(), cv.training(),
					cv.workHistory(), cv.personalHistory(), cv.rewardsAndDiscipline(), cv.family(), cv.economy(),
					cv.assessment(), cv.labourContract());
		}
		return cv;
	}

	private TransferIn load(long id) {
		return this.transfers.findById(id).orElseThrow(() -> new IllegalStateException("No transfer in " + id));
	}

	private static String describe(DomainException ex) {
		String fields = ex.getViolations()
			.stream()
			.map(v -> v.field() + ": " + v.messageVi())
			.collect(Collectors.joining("; "));
		return ex.getMessageVi() + (fields.isEmpty() ? "" : " — " + fields) + " (" + ex.getMessageEn() + ")";
	}

	/** The record is missing or unusable; the message (Vietnamese / English) is shown to DoHA. */
	static class PullProblem extends RuntimeException {

		PullProblem(String message) {
			super(message);
		}

	}

}
