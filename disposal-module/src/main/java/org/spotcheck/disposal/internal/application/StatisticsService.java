package org.spotcheck.disposal.internal.application;

import org.spotcheck.disposal.api.Statistics;
import org.spotcheck.disposal.api.StatisticsQuery;
import org.spotcheck.disposal.api.StatisticsView;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link Statistics} with the {@link StatisticsCalculator}. */
@Service
@Transactional
class StatisticsService implements Statistics {

    private final StatisticsCalculator calculator;

    StatisticsService(StatisticsCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    @Transactional(readOnly = true)
    public StatisticsView statistics(Actor actor, StatisticsQuery query) {
        return calculator.compute(actor, query);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] exportStatistics(Actor actor, StatisticsQuery query, String format) {
        StatisticsView view = calculator.compute(actor, query);
        return "xlsx".equalsIgnoreCase(format) ? calculator.xlsx(view) : calculator.csv(view);
    }
}
