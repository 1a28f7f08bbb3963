package org.spotcheck.disposal.api;

import java.util.List;

/**
 * A referral to enforcement (移送) with the facts and the evidence.
 *
 * @param facts    the facts as data (its {@link ReferralFacts#reason} is the referral's): disposal words them as the
 *                 letter states them, people by their real names, and keeps their message so that a page reads them in
 *                 its reader's language (issue 17)
 * @param evidence the files on record that go with the letter, in the order it lists them
 */
public record OpenReferralCommand(String taskCode, String authorityCode, String enterpriseCode, String enterpriseName,
        ReferralFacts facts, List<Evidence> evidence) {

    /** REFUSED_SAMPLING (拒检, Product Quality Law art. 56), SERIOUS_QUALITY_PROBLEM (R27) or LICENCE_REVOCATION (R16). */
    public String reason() {
        return facts == null ? null : facts.reason();
    }

    /**
     * One attachment of the referral letter, as the letter lists it (附件：1. 现场.png（1 份）): the caller that opens the
     * referral names the files it hands over, so the letter never shows the system's ids.
     *
     * @param attachmentId the file on record
     * @param title        the name the letter lists it under (the file's name as uploaded)
     * @param pages        the page count of a PDF; null for a single item such as a photo (1 份)
     */
    public record Evidence(long attachmentId, String title, Integer pages) {
    }
}
