package org.spotcheck.testing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemOverrideTest {

    private static final Limit MAX_ASH = Limit.max("1.0", 1, "%");

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "　"})
    void overrideWithoutReasonIsRefused(String reason) {
        ItemResult failing = ItemResult.judge("TP-09", ItemClass.B, MAX_ASH, "1.2");

        assertThatThrownBy(() -> failing.override(ItemVerdict.PASS, reason))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-blank reason");
        assertThat(failing.verdict()).isEqualTo(ItemVerdict.FAIL);
        assertThat(failing.overridden()).isFalse();
    }

    @Test
    void overrideWithoutVerdictIsRefused() {
        ItemResult failing = ItemResult.judge("TP-09", ItemClass.B, MAX_ASH, "1.2");

        assertThatThrownBy(() -> failing.override(null, "re-test after calibration"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("override verdict");
    }

    @Test
    void overrideWithReasonKeepsTheComputedVerdictAndFlagsOverridden() {
        ItemResult failing = ItemResult.judge("TP-09", ItemClass.B, MAX_ASH, "1.2");

        ItemResult overridden = failing.override(ItemVerdict.PASS, "  balance out of calibration; re-test 0.9  ");

        assertThat(overridden.verdict()).isEqualTo(ItemVerdict.PASS);
        assertThat(overridden.computed()).isEqualTo(ItemVerdict.FAIL);
        assertThat(overridden.overridden()).isTrue();
        assertThat(overridden.overrideReason()).isEqualTo("balance out of calibration; re-test 0.9");
        assertThat(overridden.measured()).isEqualTo("1.2");
        assertThat(overridden.rounded()).isEqualByComparingTo("1.2");
        assertThat(overridden.limit()).isEqualTo(MAX_ASH);
        assertThat(failing.verdict()).as("the original result is unchanged").isEqualTo(ItemVerdict.FAIL);
    }

    @Test
    void overridingAnOverriddenResultKeepsTheOriginalComputedVerdict() {
        ItemResult twice = ItemResult.judge("TP-09", ItemClass.B, MAX_ASH, "1.2")
                .override(ItemVerdict.PASS, "first reason")
                .override(ItemVerdict.FAIL, "second reason");

        assertThat(twice.computed()).isEqualTo(ItemVerdict.FAIL);
        assertThat(twice.verdict()).isEqualTo(ItemVerdict.FAIL);
        assertThat(twice.overridden()).isTrue();
        assertThat(twice.overrideReason()).isEqualTo("second reason");
    }

    @Test
    void batchVerdictUsesTheOverriddenVerdict() {
        ItemResult computedFail = ItemResult.judge("TP-09", ItemClass.B, MAX_ASH, "1.2");
        ItemResult computedPass = ItemResult.judge("TP-01", ItemClass.A, Limit.max("200", 0, "CFU/g"), "150");

        BatchVerdict cleared = BatchVerdict.of(List.of(computedPass,
                computedFail.override(ItemVerdict.PASS, "sample mix-up, re-test passed")));
        assertThat(cleared.conclusion()).isEqualTo(Conclusion.NO_NONCONFORMITY_FOUND);

        BatchVerdict failed = BatchVerdict.of(List.of(
                computedPass.override(ItemVerdict.FAIL, "colony count confirmed above limit on re-plating"),
                computedFail));
        assertThat(failed.conclusion()).isEqualTo(Conclusion.NONCONFORMING);
        assertThat(failed.grade()).isEqualTo(Grade.SERIOUS);
        assertThat(failed.failedItemCodes()).containsExactly("TP-01", "TP-09");
    }

    @Test
    void verdictDifferentFromTheComputedOneWithoutOverrideIsRejected() {
        assertThatThrownBy(() -> new ItemResult("TP-09", ItemClass.B, MAX_ASH, "1.2", new java.math.BigDecimal("1.2"),
                ItemVerdict.FAIL, ItemVerdict.PASS, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without an override");
        assertThatThrownBy(() -> new ItemResult("TP-09", ItemClass.B, MAX_ASH, "1.2", new java.math.BigDecimal("1.2"),
                ItemVerdict.FAIL, ItemVerdict.PASS, true, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-blank reason");
        assertThatThrownBy(() -> new ItemResult("TP-09", ItemClass.B, MAX_ASH, "1.2", new java.math.BigDecimal("1.2"),
                ItemVerdict.FAIL, ItemVerdict.FAIL, false, "a reason without an override"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not overridden");
    }
}
