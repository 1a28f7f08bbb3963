package org.spotcheck.disposal.api;

import java.time.LocalDate;

/**
 * What to count: batches tested from {@code from} to {@code to} (inclusive, by report date), grouped by
 * {@code dimension}; {@code regionLevel} (PROVINCE, CITY, COUNTY) and {@code period} (MONTH, QUARTER,
 * YEAR) refine the REGION and PERIOD breakdowns; {@code productCode} narrows to one product.
 */
public record StatisticsQuery(LocalDate from, LocalDate to, String dimension, String regionLevel, String period,
        String productCode) {
}
