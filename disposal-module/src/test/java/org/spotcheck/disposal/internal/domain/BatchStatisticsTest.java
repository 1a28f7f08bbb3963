package org.spotcheck.disposal.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchStatisticsTest {

    private static BatchStatistics.Batch batch(long id, String enterprise, String product, String region, String size,
            String channel, LocalDate on, String initial, String fin, BatchStatistics.Item... items) {
        return new BatchStatistics.Batch(id, enterprise, enterprise + "公司", product, product + "名", "行业" + product, region, size,
                channel, on, initial, fin, List.of(items));
    }

    private static final LocalDate JAN = LocalDate.of(2026, 1, 10);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 10);

    private final List<BatchStatistics.Batch> batches = List.of(
            batch(1, "E1", "P1", "320102", "SMALL", "PRODUCTION", JAN, "NONCONFORMING", "NONCONFORMING",
                    new BatchStatistics.Item("X-1", "甲", "A", true), new BatchStatistics.Item("X-2", "乙", "B", true)),
            batch(2, "E1", "P1", "320102", "SMALL", "PRODUCTION", JAN, "NO_NONCONFORMITY_FOUND", "NO_NONCONFORMITY_FOUND"),
            // cleared by the re-test: initially non-conforming, finally not
            batch(3, "E2", "P1", "320505", "LARGE", "DISTRIBUTION", MAY, "NONCONFORMING", "NO_NONCONFORMITY_FOUND",
                    new BatchStatistics.Item("X-1", "甲", "A", false)),
            // objection window still open: not final
            batch(4, "E3", "P2", "320104", "MEDIUM", "E_COMMERCE", MAY, "NONCONFORMING", null,
                    new BatchStatistics.Item("X-2", "乙", "B", true)));

    @Test
    void initialAndFinalRatesAreCountedApartAndOnlyFinalBatchesCountFinally() {
        BatchStatistics.Row p1 = BatchStatistics.breakdown(batches, BatchStatistics.Dimension.PRODUCT, null, null).get(0);
        assertThat(p1.label()).isEqualTo("P1名");
        assertThat(p1.batches()).isEqualTo(3);
        assertThat(p1.initialNonconformityRate()).isEqualByComparingTo("66.7");
        assertThat(p1.initialPassRate()).isEqualByComparingTo("33.3");
        assertThat(p1.finalNonconformityRate()).isEqualByComparingTo("33.3");
        assertThat(p1.finalPassRate()).isEqualByComparingTo("66.7");
        BatchStatistics.Row total = BatchStatistics.row("ALL", "all", batches);
        assertThat(total.finalBatches()).isEqualTo(3);
        assertThat(total.initialNonconformityRate()).isEqualByComparingTo(new BigDecimal("75.0"));
        // enterprises: E1, E2, E3 all failed initially; finally only E1 (E3 not final)
        assertThat(total.initialEnterpriseNonconformityRate()).isEqualByComparingTo("100.0");
        assertThat(total.finalEnterpriseNonconformityRate()).isEqualByComparingTo("50.0");
    }

    @Test
    void breakdownsByRegionLevelPeriodSizeChannelAndItem() {
        assertThat(BatchStatistics.breakdown(batches, BatchStatistics.Dimension.REGION, BatchStatistics.RegionLevel.CITY, null))
                .extracting(BatchStatistics.Row::key).containsExactly("320100", "320500");
        assertThat(BatchStatistics.breakdown(batches, BatchStatistics.Dimension.REGION, BatchStatistics.RegionLevel.PROVINCE, null))
                .extracting(BatchStatistics.Row::batches).containsExactly(4);
        assertThat(BatchStatistics.breakdown(batches, BatchStatistics.Dimension.PERIOD, null, BatchStatistics.PeriodUnit.QUARTER))
                .extracting(BatchStatistics.Row::key).containsExactly("2026-Q1", "2026-Q2");
        assertThat(BatchStatistics.breakdown(batches, BatchStatistics.Dimension.ENTERPRISE_SIZE, null, null))
                .extracting(BatchStatistics.Row::key).containsExactly("LARGE", "MEDIUM", "SMALL");
        assertThat(BatchStatistics.breakdown(batches, BatchStatistics.Dimension.CHANNEL, null, null))
                .extracting(BatchStatistics.Row::key).containsExactly("DISTRIBUTION", "E_COMMERCE", "PRODUCTION");
        List<BatchStatistics.Row> items = BatchStatistics.breakdown(batches, BatchStatistics.Dimension.ITEM, null, null);
        assertThat(items).extracting(BatchStatistics.Row::key).containsExactly("X-1", "X-2");
        assertThat(items.get(0).label()).isEqualTo("X-1 甲（A）");
        assertThat(items.get(0).initialNonconforming()).isEqualTo(2);
        assertThat(items.get(0).finalNonconforming()).isEqualTo(1); // batch 3 was cleared
        assertThat(items.get(1).finalNonconforming()).isEqualTo(1); // batch 4 is not final yet
    }
}
