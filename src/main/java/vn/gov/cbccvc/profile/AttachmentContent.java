package vn.gov.cbccvc.profile;

/** An attachment's bytes with what a download needs. */
public record AttachmentContent(AttachmentInfo info, byte[] content) {
}
