package vn.gov.cbccvc.transfer;

import java.util.Comparator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.organisation.UnitKind;
import vn.gov.cbccvc.organisation.UnitView;
import vn.gov.cbccvc.profile.DraftView;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.Header;
import vn.gov.cbccvc.signature.SignaturePurpose;
import vn.gov.cbccvc.signature.SignatureService;

/**
 * The head's signatures on a move (TT06 Art. 8.4, 11.1): the record is frozen as a version of kind
 * {@link VersionKind#TRANSFER}, made from the last approved content (never from unreviewed edits in the draft)
 * with the header naming the new employing unit and managing agency; it is signed like any approved version, and a
 * second signature covers the canonical transfer record ({@link TransferRecordContent}). Edits the employee had
 * pending in the draft are kept (with the new header) for their own review; a lock after review is kept too.
 */
@Component
class TransferSigning {

	private final ProfileService profiles;

	private final SignatureService signatures;

	private final TransferRepository transfers;

	private final TransferRouting routing;

	private final OrganisationDirectory organisation;

	private final TransferRecordContent records;

	TransferSigning(ProfileService profiles, SignatureService signatures, TransferRepository transfers,
			TransferRouting routing, OrganisationDirectory organisation, TransferRecordContent records) {
		this.profiles = profiles;
		this.signatures = signatures;
		this.transfers = transfers;
		this.routing = routing;
		this.organisation = organisation;
		this.records = records;
	}

	/** Idempotent: a retried job signs nothing twice. */
	@Transactional
	public Transfer approveAndSign(long transferId, String head) {
		Transfer transfer = this.transfers.findById(transferId).orElseThrow();
		if (transfer.getSignatureId() != null) {
			return transfer;
		}
		long personId = transfer.getPersonId();
		DraftView draft = this.profiles.getDraft(personId);
		CvDocument approved = this.profiles.versions(personId)
			.stream()
			.max(Comparator.comparingInt(ProfileVersionInfo::versionNo))
			.map(v -> this.profiles.version(personId, v.versionNo()).content())
			.orElse(draft.content());
		if (draft.lockedForEditing()) {
			this.profiles.setDraftLocked(personId, false, head);
		}
		this.profiles.saveDraft(personId, withHeader(approved, header(transfer, approved.header())), null, head);
		ProfileVersionInfo version = this.profiles.approveDraft(personId, VersionKind.TRANSFER, head);
		if (!draft.content().equals(approved)) {
			this.profiles.saveDraft(personId, withHeader(draft.content(), header(transfer, draft.content().header())),
					null, head);
		}
		if (draft.lockedForEditing()) {
			this.profiles.setDraftLocked(personId, true, head);
		}
		this.signatures.sign(ProfileService.SIGNED_SUBJECT_TYPE, String.valueOf(version.id()),
				SignaturePurpose.APPROVAL, head, this.profiles.canonicalBytes(version.id()));
		long signatureId = this.signatures.sign(TransferRecordContent.SUBJECT_TYPE, String.valueOf(transferId),
				SignaturePurpose.APPROVAL, head, this.records.canonical(transfer, version));
		transfer.signed(version.id(), signatureId);
		return transfer;
	}

	/** Inside the province: the new employing unit (with the new section) and its managing agency. */
	private Header header(Transfer transfer, Header old) {
		if (transfer.getToUnitId() == null) {
			return old;
		}
		UnitView target = this.organisation.findUnit(transfer.getToUnitId()).orElseThrow();
		UnitView employer = this.routing.employingUnit(target.id());
		UnitView authority = this.routing.managingAuthority(employer);
		String section = transfer.getNewSection() != null ? transfer.getNewSection()
				: target.kind() == UnitKind.SECTION ? target.name() : null;
		String employing = section == null ? employer.name() : section + ", " + employer.name();
		return new Header(cut(authority.name()), cut(employing), old == null ? null : old.fileNumber(),
				old == null ? null : old.photoAttachmentId());
	}

	private static String cut(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300);
	}

	static CvDocument withHeader(CvDocument c, Header header) {
		return new CvDocument(c.schemaVersion(), header, c.identity(), c.recruitment(), c.partyAndUnions(),
				c.military(), c.policy(), c.education(), c.positions(), c.salary(), c.health(), c.training(),
				c.workHistory(), c.personalHistory(), c.rewardsAndDiscipline(), c.family(), c.economy(),
				c.assessment(), c.labourContract());
	}

}
