package org.spotcheck.sampling.api;

/** An attachment with its bytes, for download. */
public record AttachmentContent(AttachmentView attachment, byte[] content) {
}
