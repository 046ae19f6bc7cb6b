package vn.gov.cbccvc.signature;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One item listed in a signed batch manifest; written in bulk by {@link BatchEntries}. */
@Entity
@Immutable
@IdClass(SignatureBatchEntry.Key.class)
@Table(name = "signature_batch_entry")
class SignatureBatchEntry {

	@Id
	@Column(name = "signature_id")
	private Long signatureId;

	@Id
	@Column(name = "entry_no")
	private Integer entryNo;

	@Column(name = "subject_type", nullable = false, length = 40)
	private String subjectType;

	@Column(name = "subject_id", nullable = false, length = 100)
	private String subjectId;

	@Column(name = "content_sha256", nullable = false, length = 64)
	private String contentSha256;

	protected SignatureBatchEntry() {
	}

	record Key(Long signatureId, Integer entryNo) implements Serializable {

		Key() {
			this(null, null);
		}

	}

}
