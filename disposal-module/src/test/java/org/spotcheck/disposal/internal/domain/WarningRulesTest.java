package org.spotcheck.disposal.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each warning rule fires past its threshold and not at it. */
class WarningRulesTest {

    private static long ids;

    private static BatchStatistics.Batch batch(String enterprise, boolean fails, BatchStatistics.Item... items) {
        return new BatchStatistics.Batch(++ids, enterprise, enterprise, "P", "纸巾纸", "造纸", "320102", "SMALL", "PRODUCTION",
                LocalDate.of(2026, 6, 1), fails ? "NONCONFORMING" : "NO_NONCONFORMITY_FOUND",
                fails ? "NONCONFORMING" : "NO_NONCONFORMITY_FOUND", List.of(items));
    }

    /** n batches of which {@code failing} fail, each by another enterprise. */
    private static List<BatchStatistics.Batch> window(int n, int failing) {
        List<BatchStatistics.Batch> batches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batches.add(batch("E" + i, i < failing));
        }
        return batches;
    }

    @Test
    void passRateBelowFiresUnderTheThresholdWithEnoughBatchesOnly() {
        List<BatchStatistics.Batch> fourWithOneFailure = window(4, 1); // pass rate 75.0 %
        assertThat(WarningRules.passRateBelow(new BigDecimal("75.0"), 4, fourWithOneFailure).fires()).isFalse();
        assertThat(WarningRules.passRateBelow(new BigDecimal("75.1"), 4, fourWithOneFailure).fires()).isTrue();
        assertThat(WarningRules.passRateBelow(new BigDecimal("75.1"), 4, fourWithOneFailure).message()).contains("75.0%");
        // fewer batches than N: too noisy to warn (domain.md §5.3)
        assertThat(WarningRules.passRateBelow(new BigDecimal("75.1"), 5, fourWithOneFailure).fires()).isFalse();
    }

    @Test
    void aDropFiresWhenItExceedsTheConfiguredPoints() {
        List<BatchStatistics.Batch> previous = window(4, 0); // 100 %
        List<BatchStatistics.Batch> current = window(4, 1); // 75 %: a drop of 25 points
        assertThat(WarningRules.rateDrop(new BigDecimal("25.0"), 4, current, previous).fires()).isFalse();
        assertThat(WarningRules.rateDrop(new BigDecimal("24.9"), 4, current, previous).fires()).isTrue();
        assertThat(WarningRules.rateDrop(new BigDecimal("10"), 5, current, previous).fires()).isFalse();
        assertThat(WarningRules.rateDrop(new BigDecimal("10"), 4, previous, current).fires()).isFalse(); // a rise
    }

    @Test
    void aSafetyItemFailureFiresAndAGeneralOneDoesNot() {
        assertThat(WarningRules.safetyItemFailure(batch("E1", true, new BatchStatistics.Item("TP-01", "细菌菌落总数", "A", true))).fires())
                .isTrue();
        assertThat(WarningRules.safetyItemFailure(batch("E1", true, new BatchStatistics.Item("TP-07", "亮度", "B", true))).fires())
                .isFalse();
        // cleared by the re-test: the A item no longer fails
        assertThat(WarningRules.safetyItemFailure(batch("E1", false, new BatchStatistics.Item("TP-01", "细菌菌落总数", "A", false))).fires())
                .isFalse();
    }

    @Test
    void theSameEnterpriseFailingAgainFiresButAFirstFailureOrAnotherEnterpriseDoesNot() {
        BatchStatistics.Batch earlier = batch("E1", true);
        BatchStatistics.Batch again = batch("E1", true);
        assertThat(WarningRules.repeatFailure(again, List.of(earlier, again)).fires()).isTrue();
        assertThat(WarningRules.repeatFailure(again, List.of(again)).fires()).isFalse();
        assertThat(WarningRules.repeatFailure(again, List.of(batch("E2", true), again)).fires()).isFalse();
        assertThat(WarningRules.repeatFailure(again, List.of(batch("E1", false), again)).fires()).isFalse();
    }
}
