package org.spotcheck.disposal.api;

import java.util.List;
import org.spotcheck.shared.Actor;

/**
 * Enforcement referrals (移送执法稽查) and enforcement's decision on them.
 */
public interface Referrals {

    /** Opens an enforcement referral (移送) with its evidence. */
    ReferralView openReferral(Actor actor, OpenReferralCommand command);

    /** Enforcement decides: case opened or no action, with a comment. */
    ReferralView decideReferral(Actor actor, long referralId, ReferralDecision decision, String comment);

    ReferralView getReferral(Actor actor, long referralId);

    /** The referral letter (移送函) as PDF, with its 文号; enforcers and officers of the referring authority. */
    byte[] referralLetterPdf(Actor actor, long referralId);

    /** Public (no login): whether a referral letter with this 文号 and fingerprint (its QR code) was issued here (issue 17.3). */
    ReferralVerification verifyReferral(String docNo, String fingerprint);

    /** Referrals of the caller's authority (enforcers and officers). */
    List<ReferralView> listReferrals(Actor actor);
}
