package vn.gov.cbccvc.signature;

/** Why a signature does not verify, in Vietnamese and English. */
public enum VerificationFailure {

	DIGEST_MISMATCH("Nội dung đã bị thay đổi sau khi ký: giá trị băm không khớp",
			"The content changed after signing: the digest does not match"),

	BROKEN_SIGNATURE("Giá trị chữ ký số không hợp lệ", "The signature value is cryptographically invalid"),

	UNTRUSTED_CERTIFICATE("Chứng thư số không do tổ chức chứng thực tin cậy cấp",
			"The certificate was not issued by a trusted certification authority"),

	CERTIFICATE_EXPIRED("Chứng thư số không còn hiệu lực tại thời điểm ký",
			"The certificate was expired (or not yet valid) at signing time"),

	CERTIFICATE_MISMATCH("Chứng thư số kèm theo không khớp với thuộc tính signing-certificate-v2",
			"The enclosed certificate does not match the signing-certificate-v2 attribute"),

	MALFORMED("Dữ liệu chữ ký không đúng định dạng CMS/CAdES", "The signature is not a well-formed CMS/CAdES structure"),

	RECORD_MISMATCH("Thông tin chữ ký đã lưu không khớp với chữ ký số",
			"The stored signature record does not match the signature itself"),

	CONTENT_UNAVAILABLE("Không còn nội dung đã ký để đối chiếu", "The signed content is no longer available"),

	NOT_IN_BATCH("Đối tượng này không thuộc lô đã ký", "This item is not part of the signed batch");

	private final String messageVi;

	private final String messageEn;

	VerificationFailure(String messageVi, String messageEn) {
		this.messageVi = messageVi;
		this.messageEn = messageEn;
	}

	public String messageVi() {
		return this.messageVi;
	}

	public String messageEn() {
		return this.messageEn;
	}

}
