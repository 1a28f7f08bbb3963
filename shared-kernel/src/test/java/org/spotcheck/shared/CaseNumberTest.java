package org.spotcheck.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseNumberTest {

    @Test
    void aDrawnCaseIsNumberedByPlanItemAndDraw() {
        CaseNumber drawn = CaseNumber.drawn("ND-2026-000012", 1, 3);
        assertThat(drawn.value()).isEqualTo("ND-2026-000012-01-03");
        assertThat(drawn).hasToString("ND-2026-000012-01-03").isEqualTo(CaseNumber.of("ND-2026-000012-01-03"));
        assertThat(drawn.isReinspection()).isFalse();
    }

    @Test
    void aReinspectionRunsUnderTheCaseNumberAndItsRound() {
        CaseNumber round = CaseNumber.of("ND-2026-000012-01-03").reinspection(2);
        assertThat(round.value()).isEqualTo("ND-2026-000012-01-03-F2");
        assertThat(round.isReinspection()).isTrue();
        // the case the re-inspection follows up; a case number is its own case
        assertThat(round.ofCase()).isEqualTo(CaseNumber.of("ND-2026-000012-01-03"));
        assertThat(round.ofCase().ofCase()).isEqualTo(round.ofCase());
        assertThatThrownBy(() -> CaseNumber.of("ND-2026-000012-01-03").reinspection(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void somethingElseIsRefusedAsInvalidInput() {
        for (String bad : new String[] {null, "", " ND-1", "ND 1", "ND-1/../x", "-ND-1", "案件-1", "X".repeat(65)}) {
            assertThatThrownBy(() -> CaseNumber.of(bad)).as(String.valueOf(bad)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).rule())
                            .isEqualTo("INVALID_CASE_NUMBER"));
        }
    }
}
