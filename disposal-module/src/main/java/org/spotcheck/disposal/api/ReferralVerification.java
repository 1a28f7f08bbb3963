package org.spotcheck.disposal.api;

import java.time.Instant;

/**
 * What the public verification page of a referral letter (移送函) shows once its 文号 and fingerprint match a letter
 * issued here (issue 17.3): the number, the issuing authority, the case number, the ground and the date. The
 * enterprise and the facts are not shown: the letter's holder has them, and enforcement has not decided yet.
 */
public record ReferralVerification(boolean genuine, String docNo, String authorityCode, String taskCode, String reason, Instant openedAt) {

    /** No letter has this 文号 and fingerprint. */
    public static ReferralVerification none() {
        return new ReferralVerification(false, null, null, null, null, null);
    }
}
