package org.spotcheck.disposal.internal.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Quality early-warning triggers (质量预警, domain.md §5.3). No national rule sets a threshold (Q12),
 * so every number is configuration. Worded as "non-conformity found", never as a certified
 * quality level (R33). Batches here are batches whose conclusion is final.
 */
public final class WarningRules {

    private WarningRules() {
    }

    /** Kinds of rule. */
    public enum Kind {
        /** The batch pass rate over a rolling window is below the threshold, with at least N batches. */
        PASS_RATE_BELOW,
        /** The batch pass rate dropped by more than X points against the previous window of the same length. */
        RATE_DROP,
        /** A safety item (class A) failed. */
        SAFETY_ITEM_FAILURE,
        /** The same enterprise failed again within the window. */
        REPEAT_FAILURE
    }

    /**
     * Whether a rule fires, and why: {@code message} in English (logs), the reader's text the bundle entry
     * {@code key} ({@code disposal.warning.*}) with {@code args}.
     */
    public record Outcome(boolean fires, String message, String key, Object... args) {
        static Outcome no() {
            return new Outcome(false, null, null);
        }
    }

    public static Outcome passRateBelow(BigDecimal threshold, int minBatches, List<BatchStatistics.Batch> window) {
        BatchStatistics.Row row = BatchStatistics.row("W", "window", window);
        if (row.finalBatches() < minBatches || row.finalPassRate() == null) {
            return Outcome.no();
        }
        if (row.finalPassRate().compareTo(threshold) >= 0) {
            return Outcome.no();
        }
        return new Outcome(true, "batch pass rate " + row.finalPassRate() + "% is below " + threshold + "% over " + row.finalBatches()
                + " batches", "disposal.warning.passRateBelow", row.finalPassRate().toString(), threshold.toString(),
                String.valueOf(row.finalBatches()), String.valueOf(row.finalNonconforming()));
    }

    public static Outcome rateDrop(BigDecimal dropPoints, int minBatches, List<BatchStatistics.Batch> current,
            List<BatchStatistics.Batch> previous) {
        BatchStatistics.Row now = BatchStatistics.row("C", "current", current);
        BatchStatistics.Row before = BatchStatistics.row("P", "previous", previous);
        if (now.finalBatches() < minBatches || before.finalBatches() < minBatches) {
            return Outcome.no();
        }
        BigDecimal drop = before.finalPassRate().subtract(now.finalPassRate());
        if (drop.compareTo(dropPoints) <= 0) {
            return Outcome.no();
        }
        return new Outcome(true, "pass rate fell from " + before.finalPassRate() + "% to " + now.finalPassRate() + "%, " + drop
                + " points", "disposal.warning.rateDrop", before.finalPassRate().toString(), now.finalPassRate().toString(),
                drop.toString(), dropPoints.toString());
    }

    public static Outcome safetyItemFailure(BatchStatistics.Batch batch) {
        List<String> safety = batch.failedItems().stream().filter(i -> "A".equals(i.itemClass()) && i.failsFinally())
                .map(i -> i.code() + " " + i.nameZh()).toList();
        if (!ResultRules.NONCONFORMING.equals(batch.finalConclusion()) || safety.isEmpty()) {
            return Outcome.no();
        }
        return new Outcome(true, "safety item failed: " + String.join(", ", safety), "disposal.warning.safetyItemFailure",
                String.join("、", safety));
    }

    /** {@code earlier}: the enterprise's other final non-conforming batches within the window. */
    public static Outcome repeatFailure(BatchStatistics.Batch batch, List<BatchStatistics.Batch> earlier) {
        if (!ResultRules.NONCONFORMING.equals(batch.finalConclusion())) {
            return Outcome.no();
        }
        long others = earlier.stream().filter(b -> b.caseId() != batch.caseId()
                && ResultRules.NONCONFORMING.equals(b.finalConclusion()) && b.enterpriseCode().equals(batch.enterpriseCode())).count();
        if (others == 0) {
            return Outcome.no();
        }
        return new Outcome(true, batch.enterpriseName() + " failed again (" + (others + 1) + " batches in the window)",
                "disposal.warning.repeatFailure", batch.enterpriseName(), String.valueOf(others + 1));
    }
}
