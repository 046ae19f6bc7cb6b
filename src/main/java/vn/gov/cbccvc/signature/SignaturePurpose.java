package vn.gov.cbccvc.signature;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.esf.CommitmentTypeIdentifier;

/**
 * Why a signature was made; each maps to a CAdES commitment type (ETSI TS 101 733) written into the signed
 * attributes, so a verifier outside this product sees the intent too.
 */
public enum SignaturePurpose {

	/** The head's (or an authorised deputy's) signed approval (TT06 Art. 7.1, DN Art. 7.1, HY Art. 10.4). */
	APPROVAL(CommitmentTypeIdentifier.proofOfApproval),

	/** The reviewer's signed verification against the paper dossier (HCM Art. 7.2a, 7.2b). */
	VERIFICATION(CommitmentTypeIdentifier.proofOfApproval),

	/** The employee's signed completion of the self-entry or of a change (HCM Art. 7.2, 7.2c). */
	COMPLETION(CommitmentTypeIdentifier.proofOfCreation),

	/** The DoHA director's signature on a monthly sync batch (HY Art. 8.4, HCM Art. 11.7, TT06 Art. 12.2). */
	SYNC_BATCH(CommitmentTypeIdentifier.proofOfSender),

	/** A signed export with the value of the paper original (TT06 Art. 8.4). */
	EXPORT(CommitmentTypeIdentifier.proofOfOrigin);

	private final ASN1ObjectIdentifier commitmentType;

	SignaturePurpose(ASN1ObjectIdentifier commitmentType) {
		this.commitmentType = commitmentType;
	}

	ASN1ObjectIdentifier commitmentType() {
		return this.commitmentType;
	}

}
