package org.spotcheck.testing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Results below the detection limit (未检出), 检出, impossible values and choices (issue 12, point 1). */
class BelowDetectionLimitTest {

    private static final Limit NOT_DETECTABLE = Limit.enumeration(List.of("不得检出"));
    private static final Limit FORMALDEHYDE = Limit.max("20", 0, "mg/kg");

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "未检出; NOT_DETECTED; ", "ND; NOT_DETECTED; ", "nd; NOT_DETECTED; ", "<0.01; NOT_DETECTED; 0.01",
            "未检出（<0.01）; NOT_DETECTED; 0.01", "未检出(<0.01); NOT_DETECTED; 0.01", "ND(<0.01); NOT_DETECTED; 0.01",
            "检出; DETECTED; ", "0.030; NUMBER; ", "0; NUMBER; ", "符合; CHOICE; "})
    void parsesTheFormsALabWrites(String written, MeasuredValue.Kind kind, BigDecimal detectionLimit) {
        MeasuredValue value = MeasuredValue.parse(written);
        assertThat(value.kind()).isEqualTo(kind);
        assertThat(value.written()).isEqualTo(written);
        if (detectionLimit == null) {
            assertThat(value.detectionLimit()).isNull();
        } else {
            assertThat(value.detectionLimit()).isEqualByComparingTo(detectionLimit);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"未检出", "ND", "未检出（<10）", "<10", "不得检出"})
    void notDetectedMeetsANotDetectableRequirementAndIsKeptAsWritten(String written) {
        ItemResult result = ItemResult.judge("TP-02", ItemClass.A, NOT_DETECTABLE, written);
        assertThat(result.verdict()).isEqualTo(ItemVerdict.PASS);
        assertThat(result.measured()).isEqualTo(written);
    }

    @Test
    void detectedOrAQuantityFailsANotDetectableRequirement() {
        assertThat(ItemResult.judge("TP-02", ItemClass.A, NOT_DETECTABLE, "检出").verdict()).isEqualTo(ItemVerdict.FAIL);
        assertThat(ItemResult.judge("TP-02", ItemClass.A, NOT_DETECTABLE, "30").verdict()).isEqualTo(ItemVerdict.FAIL);
    }

    @Test
    void zeroOrFreeTextOnANotDetectableItemIsRefusedAndANegativeIsImpossible() {
        assertRefused(NOT_DETECTABLE, "0", "NOT_A_CHOICE");
        assertRefused(NOT_DETECTABLE, "没长菌", "NOT_A_CHOICE");
        assertRefused(NOT_DETECTABLE, "结果：不得检出", "NOT_A_CHOICE");
        assertRefused(NOT_DETECTABLE, "-1", "IMPOSSIBLE_VALUE");
    }

    @Test
    void belowADetectionLimitUnderOrAtTheMaxPassesWithoutARoundedValue() {
        ItemResult under = ItemResult.judge("CA-01", ItemClass.A, FORMALDEHYDE, "未检出（<5）");
        assertThat(under.verdict()).isEqualTo(ItemVerdict.PASS);
        assertThat(under.rounded()).isNull();
        assertThat(under.measured()).isEqualTo("未检出（<5）");
        assertThat(ItemResult.judge("CA-01", ItemClass.A, FORMALDEHYDE, "<20").verdict()).isEqualTo(ItemVerdict.PASS);
    }

    @Test
    void belowADetectionLimitAboveTheMaxCannotBeJudged() {
        assertRefused(FORMALDEHYDE, "ND(<20.5)", "NOT_JUDGEABLE_DETECTION_LIMIT");
    }

    @Test
    void aBareNotDetectedOnAMaxNeedsTheDetectionLimit() {
        assertRefused(FORMALDEHYDE, "未检出", "DETECTION_LIMIT_REQUIRED");
    }

    @Test
    void zeroIsANumberAndIsJudgedAsOne() {
        ItemResult zero = ItemResult.judge("CA-01", ItemClass.A, FORMALDEHYDE, "0");
        assertThat(zero.verdict()).isEqualTo(ItemVerdict.PASS);
        assertThat(zero.rounded()).isEqualByComparingTo("0");
    }

    @Test
    void notDetectedCannotMeetAMinimum() {
        assertRefused(Limit.min("6.0", 1, "N/15mm"), "未检出（<0.1）", "NOT_JUDGEABLE_DETECTION_LIMIT");
    }

    @Test
    void physicallyImpossibleValuesAreRefusedNotJudged() {
        assertRefused(Limit.min("0.025", 3, "mm"), "-0.030", "IMPOSSIBLE_VALUE");
        assertRefused(Limit.min("3.5", null, "级"), "6", "IMPOSSIBLE_VALUE");
        assertRefused(Limit.min("3.5", null, "级"), "3.7", "IMPOSSIBLE_VALUE");
        assertThat(ItemResult.judge("CA-04", ItemClass.B, Limit.min("3.5", null, "级"), "4.5").verdict())
                .isEqualTo(ItemVerdict.PASS);
        // a deviation range may be negative
        assertThat(ItemResult.judge("PB-03", ItemClass.B, Limit.range("-2.0", "2.0", 1, "%"), "-1.0").verdict())
                .isEqualTo(ItemVerdict.PASS);
    }

    @Test
    void aQualitativeItemIsAChoice() {
        assertRefused(Limit.qualitative("无气泡"), "看起来还行", "NOT_A_CHOICE");
        assertRefused(FORMALDEHYDE, "符合", "NOT_A_NUMBER");
    }

    private static void assertRefused(Limit limit, String written, String rule) {
        assertThatThrownBy(() -> ItemResult.judge("X-01", ItemClass.A, limit, written))
                .isInstanceOfSatisfying(ResultRefusedException.class, e -> assertThat(e.rule()).isEqualTo(rule))
                .hasMessageContaining("X-01");
    }
}
