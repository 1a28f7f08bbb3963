package org.spotcheck.sampling.api;

/**
 * What an upload of a spot-check is: a sampling photo, evidence of a refusal, an online shop's screenshot, a purchase
 * receipt, the unpacking of an online purchase, or the enterprise's signed paper sampling form. A type of the API
 * (issue 18: {@code kind} of {@code POST /api/cases/{caseCode}/attachments}), so a client needs no hand-written names.
 */
public enum AttachmentKind {
    PHOTO, EVIDENCE, SCREENSHOT, RECEIPT, UNPACKING, SIGNATURE
}
