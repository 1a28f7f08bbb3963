package org.spotcheck.disposal.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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

    @Test
    void order18PeriodsCountCalendarDaysAndWorkingDaysWaitForTheBusinessCalendar() {
        // R5: served on 1 Oct (national holiday week): the 15 calendar days end on 16 Oct all the same
        assertThat(StatutoryPeriod.calendarDays(15).lastDay(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThatThrownBy(() -> new StatutoryPeriod(Period.ofDays(20), StatutoryPeriod.DayCount.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BusinessCalendar");
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
