package org.spotcheck.disposal.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.StatutoryPeriod;
import org.spotcheck.shared.WorkingCalendar;

class ResultRulesTest {

    @Test
    void undisputedFailuresStayFailedAfterARetestThatClearsTheDisputedItem() {
        ResultRules.Final result = ResultRules.afterRetest(List.of(
                new ResultRules.FailedItem("TP-07", "B", true, "PASS"),
                new ResultRules.FailedItem("TP-09", "B", false, null)));
        assertThat(result.conclusion()).isEqualTo("NONCONFORMING");
        assertThat(result.failingItems()).containsExactly("TP-09");
        assertThat(result.grade()).isEqualTo("GENERAL");
    }

    @Test
    void aRetestClearingEveryFailedItemMakesTheBatchConformAndAFailedClassAItemIsSerious() {
        assertThat(ResultRules.afterRetest(List.of(new ResultRules.FailedItem("TP-07", "B", true, "PASS"))).conforming()).isTrue();
        assertThat(ResultRules.afterRetest(List.of(new ResultRules.FailedItem("TP-01", "A", true, "FAIL"),
                new ResultRules.FailedItem("TP-07", "B", true, "PASS"))).grade()).isEqualTo("SERIOUS");
    }

    @Test
    void theApplicantBearsTheFeeOnlyWhenTheRetestConfirmsADisputedFailure() {
        assertThat(ResultRules.feeBearer(Set.of("TP-07"), List.of("TP-07"))).isEqualTo(ResultRules.FeeBearer.APPLICANT);
        assertThat(ResultRules.feeBearer(Set.of("TP-07", "TP-09"), List.of())).isEqualTo(ResultRules.FeeBearer.AUTHORITY);
        assertThat(ResultRules.feeBearer(Set.of("TP-07"), List.of("TP-99"))).isEqualTo(ResultRules.FeeBearer.AUTHORITY);
    }

    /** National Day 2026 as the State Council set it: 1-7 Oct off, Sunday 20 Sep and Saturday 10 Oct worked. */
    private static final WorkingCalendar NATIONAL_DAY_2026 = new WorkingCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate d) {
            if (d.equals(LocalDate.of(2026, 9, 20)) || d.equals(LocalDate.of(2026, 10, 10))) {
                return true;
            }
            if (!d.isBefore(LocalDate.of(2026, 10, 1)) && !d.isAfter(LocalDate.of(2026, 10, 7))) {
                return false;
            }
            return d.getDayOfWeek().getValue() <= 5;
        }

        @Override
        public LocalDate addWorkingDays(LocalDate start, int n) {
            LocalDate d = start;
            for (int left = n; left > 0; ) {
                d = d.plusDays(1);
                if (isWorkingDay(d)) {
                    left--;
                }
            }
            return d;
        }
    };

    @Test
    void order18PeriodsCountCalendarDaysAndIgnoreTheCalendar() {
        // R5: served on 1 Oct (national holiday week): the 15 calendar days end on 16 Oct all the same
        assertThat(StatutoryPeriod.calendarDays(15).lastDay(LocalDate.of(2026, 10, 1), NATIONAL_DAY_2026))
                .isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(StatutoryPeriod.calendarDays(15).lastDay(LocalDate.of(2026, 10, 1), null)).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(new StatutoryPeriod(Period.ofMonths(3), StatutoryPeriod.DayCount.CALENDAR_DAYS).lastDay(LocalDate.of(2026, 1, 31), null))
                .isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void workingDayPeriodsSkipTheNationalDayHolidayAndCountTheAdjustedSaturday() {
        StatutoryPeriod fifteen = StatutoryPeriod.workingDays(15);
        // served Wed 30 Sep: 1-7 Oct off; 8, 9, 10 (adjusted Saturday), 12-16, 19-23, 26, 27 Oct
        assertThat(fifteen.lastDay(LocalDate.of(2026, 9, 30), NATIONAL_DAY_2026)).isEqualTo(LocalDate.of(2026, 10, 27));
        // served on a holiday: counting starts with the first working day after it
        assertThat(StatutoryPeriod.workingDays(1).lastDay(LocalDate.of(2026, 10, 3), NATIONAL_DAY_2026)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(fifteen.zh()).isEqualTo("15个工作日");
        assertThat(StatutoryPeriod.calendarDays(15).zh()).isEqualTo("15日");
        assertThatThrownBy(() -> fifteen.lastDay(LocalDate.of(2026, 9, 30), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new StatutoryPeriod(Period.ofMonths(1), StatutoryPeriod.DayCount.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in days");
        assertThatThrownBy(() -> new StatutoryPeriod(Period.ofDays(-1), StatutoryPeriod.DayCount.CALENDAR_DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spreadsheetCellsThatLookLikeFormulasAreEscaped() {
        assertThat(CsvCell.safe("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvCell.safe("+1")).isEqualTo("'+1");
        assertThat(CsvCell.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCell.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCell.safe("\tx")).isEqualTo("'\tx");
        assertThat(CsvCell.safe("\rx")).isEqualTo("'\rx");
        assertThat(CsvCell.safe("南京绿洁")).isEqualTo("南京绿洁");
        assertThat(CsvCell.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCell.field("=1,\"2\"")).isEqualTo("\"'=1,\"\"2\"\"\"");
    }
}
