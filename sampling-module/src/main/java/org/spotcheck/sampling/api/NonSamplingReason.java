package org.spotcheck.sampling.api;

/**
 * Reason codes of a visit without a sample. The NOT_SAMPLABLE ones follow Order 133 art. 18 (R10,
 * verified) and the Order 18 list (R11); the NO_PRODUCT ones domain.md stage D.
 */
public enum NonSamplingReason {
    /** The enterprise refuses sampling (拒检). */
    REFUSED_BY_ENTERPRISE(NonSamplingOutcome.REFUSED),
    /** R10(1): the product is not on the spot-check notice. */
    NOT_ON_NOTICE(NonSamplingOutcome.NOT_SAMPLABLE),
    /** R10(2), R11: proof that the product is not for sale. */
    NOT_FOR_SALE(NonSamplingOutcome.NOT_SAMPLABLE),
    /** R10(3): made to contract terms only, no mandatory-standard item and no standard applied. */
    CONTRACT_ONLY(NonSamplingOutcome.NOT_SAMPLABLE),
    /** R10(4), R11: for export with contract quality terms. */
    EXPORT_CONTRACT(NonSamplingOutcome.NOT_SAMPLABLE),
    /** R10(5), R11: marked 试制, 处理 or 样品. */
    MARKED_TRIAL_OR_SAMPLE(NonSamplingOutcome.NOT_SAMPLABLE),
    /** R10(6), R11: stock below the sampling base of the implementation rule. */
    STOCK_BELOW_BASE(NonSamplingOutcome.NOT_SAMPLABLE),
    /** 无样可抽: business closed or changed. */
    BUSINESS_CLOSED(NonSamplingOutcome.NO_PRODUCT),
    /** 无样可抽: production stopped. */
    PRODUCTION_STOPPED(NonSamplingOutcome.NO_PRODUCT),
    /** 无样可抽: no product in stock for sale. */
    NO_STOCK(NonSamplingOutcome.NO_PRODUCT);

    private final NonSamplingOutcome outcome;

    NonSamplingReason(NonSamplingOutcome outcome) {
        this.outcome = outcome;
    }

    public NonSamplingOutcome outcome() {
        return outcome;
    }
}
