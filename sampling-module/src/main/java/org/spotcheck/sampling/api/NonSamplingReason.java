package org.spotcheck.sampling.api;

/**
 * Reason codes of a visit without a sample. The NOT_SAMPLABLE ones follow Order 133 art. 18 (R10,
 * verified) and the Order 18 list (R11); the NO_PRODUCT ones domain.md stage D.
 */
public enum NonSamplingReason {
    /** The enterprise refuses sampling (拒检). */
    REFUSED_BY_ENTERPRISE,
    /** R10(1): the product is not on the spot-check notice. */
    NOT_ON_NOTICE,
    /** R10(2), R11: proof that the product is not for sale. */
    NOT_FOR_SALE,
    /** R10(3): made to contract terms only, no mandatory-standard item and no standard applied. */
    CONTRACT_ONLY,
    /** R10(4), R11: for export with contract quality terms. */
    EXPORT_CONTRACT,
    /** R10(5), R11: marked 试制, 处理 or 样品. */
    MARKED_TRIAL_OR_SAMPLE,
    /** R10(6), R11: stock below the sampling base of the implementation rule. */
    STOCK_BELOW_BASE,
    /** 无样可抽: business closed or changed. */
    BUSINESS_CLOSED,
    /** 无样可抽: production stopped. */
    PRODUCTION_STOPPED,
    /** 无样可抽: no product in stock for sale. */
    NO_STOCK;

    /** Which outcome a visit with this reason has: a refusal, a product not to be sampled, or nothing to sample. */
    public NonSamplingOutcome outcome() {
        return switch (this) {
            case REFUSED_BY_ENTERPRISE -> NonSamplingOutcome.REFUSED;
            case NOT_ON_NOTICE, NOT_FOR_SALE, CONTRACT_ONLY, EXPORT_CONTRACT, MARKED_TRIAL_OR_SAMPLE, STOCK_BELOW_BASE ->
                    NonSamplingOutcome.NOT_SAMPLABLE;
            case BUSINESS_CLOSED, PRODUCTION_STOPPED, NO_STOCK -> NonSamplingOutcome.NO_PRODUCT;
        };
    }
}
