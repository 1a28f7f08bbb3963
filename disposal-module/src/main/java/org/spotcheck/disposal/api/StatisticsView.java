package org.spotcheck.disposal.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Batch statistics of the caller's authority (and the authorities below it) over a period,
 * broken down by one dimension (domain.md §5). Rates are percentages with one decimal; null when
 * there is nothing to divide by.
 *
 * @param dimension TOTAL, PRODUCT, INDUSTRY, REGION, ENTERPRISE_SIZE, CHANNEL, PERIOD, ITEM or ENTERPRISE
 */
public record StatisticsView(String dimension, LocalDate from, LocalDate to, List<Row> rows, Row total) {

    /**
     * One group. For ITEM, the non-conforming counts are the batches failing that item.
     *
     * @param batches      batches tested (抽查批次)
     * @param finalBatches batches whose conclusion is final
     */
    public record Row(String key, String label, int batches, int initialNonconforming,
            BigDecimal initialNonconformityRate, BigDecimal initialPassRate, int finalBatches, int finalNonconforming,
            BigDecimal finalNonconformityRate, BigDecimal finalPassRate, int enterprises,
            int initialNonconformingEnterprises, BigDecimal initialEnterpriseNonconformityRate, int finalEnterprises,
            int finalNonconformingEnterprises, BigDecimal finalEnterpriseNonconformityRate) {
    }
}
