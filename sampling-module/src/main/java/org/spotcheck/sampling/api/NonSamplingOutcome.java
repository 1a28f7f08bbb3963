package org.spotcheck.sampling.api;

/** A visit that produced no sample (domain.md stage D). */
public enum NonSamplingOutcome {
    /** 拒绝抽样 / 拒检: opens the enforcement referral path (Product Quality Law art. 56, R18). */
    REFUSED,
    /** 不予抽样, with a reason from the Order 133 art. 18 / Order 18 list (R10, R11). */
    NOT_SAMPLABLE,
    /** 无样可抽: closed business, production stopped, no stock. */
    NO_PRODUCT
}
