package org.spotcheck.disposal.api;

/** What enforcement (执法稽查) does with a referral. */
public enum ReferralDecision {
    /** 立案: opens an enforcement case. */
    CASE_OPENED,
    /** 不予立案, with the reason in the comment. */
    NO_ACTION
}
