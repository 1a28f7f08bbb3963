package org.spotcheck.disposal.internal.persistence;

/** Row of dsp_referral_evidence: one attachment of a referral letter, as the letter lists it (V4_190). */
public class ReferralEvidenceRow {
    public Long referralId;
    public Integer seq;
    public Long attachmentId;
    public String title;
    /** The page count of a PDF; null for a single item (a photo), listed as 1 份. */
    public Integer pages;
}
