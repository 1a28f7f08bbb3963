package org.spotcheck.sampling.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SameProductWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aSampleSixMonthsMinusOneDayAgoBlocks() {
        assertThat(SameProductWindow.blocks(LocalDate.of(2026, 5, 26), TODAY)).isTrue();
    }

    @Test
    void aSampleExactlySixMonthsAgoNoLongerBlocks() {
        assertThat(SameProductWindow.blocks(LocalDate.of(2026, 5, 25), TODAY)).isFalse();
    }

    @Test
    void aSampleSixMonthsPlusOneDayAgoDoesNotBlock() {
        assertThat(SameProductWindow.blocks(LocalDate.of(2026, 5, 24), TODAY)).isFalse();
    }

    @Test
    void monthEndsFollowTheCalendar() {
        // 31 August minus 6 months is 28 February (2026 is not a leap year)
        assertThat(SameProductWindow.blockingSince(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
