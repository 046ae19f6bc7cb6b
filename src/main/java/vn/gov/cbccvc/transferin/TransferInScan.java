package vn.gov.cbccvc.transferin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The scanned paper dossier of a transfer in, apart from the row lists read. */
@Entity
@Table(name = "transfer_in_scan")
class TransferInScan {

	@Id
	@Column(name = "transfer_in_id")
	private Long transferInId;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "media_type", nullable = false, length = 100)
	private String mediaType;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(nullable = false)
	private byte[] content;

	protected TransferInScan() {
	}

	TransferInScan(long transferInId, String fileName, String mediaType, String sha256, byte[] content) {
		this.transferInId = transferInId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sha256 = sha256;
		this.content = content;
	}

	String getFileName() {
		return this.fileName;
	}

	String getMediaType() {
		return this.mediaType;
	}

	String getSha256() {
		return this.sha256;
	}

	byte[] getContent() {
		return this.content;
	}

}
