package org.spotcheck.planning.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** R2 (Order 18 art. 8): 6 months, counted as the Civil Code counts periods. */
class DuplicateRuleTest {

    private static final LocalDate DRAW = LocalDate.of(2027, 7, 15);

    @Test
    void aCheckSixMonthsMinusOneDayAgoBlocks() {
        assertThat(DuplicateRule.blocks(DRAW.minusMonths(6).plusDays(1), DRAW)).isTrue();
    }

    @Test
    void aCheckSixMonthsPlusOneDayAgoDoesNotBlock() {
        assertThat(DuplicateRule.blocks(DRAW.minusMonths(6).minusDays(1), DRAW)).isFalse();
    }

    @Test
    void theLastDayOfTheSixMonthsIsStillProtected() {
        // checked 15 January: the period runs from 16 January and its last day is 15 July (民法典 arts. 201, 203)
        assertThat(DuplicateRule.blocks(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 7, 15))).isTrue();
        assertThat(DuplicateRule.blocks(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 7, 16))).isFalse();
        // a month without that day: checked 31 August, protected up to 28 February
        assertThat(DuplicateRule.lastProtectedDay(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aCheckTheSameDayBlocksAndAFutureDatedOneDoesNot() {
        assertThat(DuplicateRule.blocks(DRAW, DRAW)).isTrue();
        assertThat(DuplicateRule.blocks(DRAW.plusDays(1), DRAW)).isFalse();
    }
}
