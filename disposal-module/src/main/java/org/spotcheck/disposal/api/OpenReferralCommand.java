package org.spotcheck.disposal.api;

import java.util.List;
import org.spotcheck.shared.StoredMessage;

/**
 * A referral to enforcement (移送) with the facts and the evidence.
 *
 * @param reason   REFUSED_SAMPLING (拒检, Product Quality Law art. 56), SERIOUS_QUALITY_PROBLEM (R27) or
 *                 LICENCE_REVOCATION (a re-inspection failed again after suspension, R16)
 * @param facts    the facts as the letter states them, people by their real names
 * @param evidence the files on record that go with the letter, in the order it lists them
 * @param factsMessage the facts' bundle key and arguments ({@code facts} is their Chinese text), kept so that a page reads
 *                 them in its reader's language (issue 17); null where the facts are only text
 */
public record OpenReferralCommand(String taskCode, String authorityCode, String enterpriseCode, String enterpriseName,
        String reason, String facts, List<Evidence> evidence, StoredMessage factsMessage) {

    /** A referral whose facts are only text (they show as written in every language). */
    public OpenReferralCommand(String taskCode, String authorityCode, String enterpriseCode, String enterpriseName,
            String reason, String facts, List<Evidence> evidence) {
        this(taskCode, authorityCode, enterpriseCode, enterpriseName, reason, facts, evidence, null);
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
