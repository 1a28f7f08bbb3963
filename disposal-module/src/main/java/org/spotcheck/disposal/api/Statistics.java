package org.spotcheck.disposal.api;

import org.spotcheck.shared.Actor;

/**
 * Non-conformity and pass-rate statistics (domain.md §5) and their export.
 */
public interface Statistics {

    /** Batch and enterprise non-conformity and pass rates, initial and final, by one dimension. */
    StatisticsView statistics(Actor actor, StatisticsQuery query);

    /** The same as CSV (UTF-8 with BOM) or XLSX, with formula-injection-safe cells. */
    byte[] exportStatistics(Actor actor, StatisticsQuery query, String format);
}
