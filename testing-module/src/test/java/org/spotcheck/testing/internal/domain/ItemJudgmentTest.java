package org.spotcheck.testing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemJudgmentTest {

    /**
     * Boundary table for every limit type. Columns: behaviour | type | value, min, allowed
     * (";"-separated) or requirement | max | decimals (empty = unrounded) | measured | verdict.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            max: equal to the limit passes                                   | MAX | 0.025  |      | 3 | 0.025        | PASS
            max: one unit above the limit fails                              | MAX | 0.025  |      | 3 | 0.026        | FAIL
            max: one unit below the limit passes                             | MAX | 0.025  |      | 3 | 0.024        | PASS
            max: 0.0254 rounds down to the limit and passes                  | MAX | 0.025  |      | 3 | 0.0254       | PASS
            max: 0.02549 is less than half a unit above and passes           | MAX | 0.025  |      | 3 | 0.02549      | PASS
            max: 0.0255 exactly half, kept 5 odd, rounds up to 0.026, fails  | MAX | 0.025  |      | 3 | 0.0255       | FAIL
            max: 0.025500 trailing zeros are still exactly half, fails       | MAX | 0.025  |      | 3 | 0.025500     | FAIL
            max: 0.0255000001 more than half a unit above fails              | MAX | 0.025  |      | 3 | 0.0255000001 | FAIL
            max: 0.0265 exactly half, kept 6 even, stays 0.026, passes       | MAX | 0.026  |      | 3 | 0.0265       | PASS
            max: 0.02650001 more than half rounds to 0.027, fails            | MAX | 0.026  |      | 3 | 0.02650001   | FAIL
            max: 0.0245 passes only because it rounds to even 0.024          | MAX | 0.024  |      | 3 | 0.0245       | PASS
            max: exponent notation 2.5E-2 equals the limit and passes        | MAX | 0.025  |      | 3 | 2.5E-2       | PASS
            max: surrounding whitespace is ignored                           | MAX | 0.025  |      | 3 | '  0.026  '  | FAIL
            max unrounded: equal to the limit passes                         | MAX | 0.025  |      |   | 0.025        | PASS
            max unrounded: 0.0250001 above the limit fails                   | MAX | 0.025  |      |   | 0.0250001    | FAIL
            max unrounded: 0.0254 fails because nothing is rounded           | MAX | 0.025  |      |   | 0.0254       | FAIL
            max integer: equal to 200 passes                                 | MAX | 200    |      | 0 | 200          | PASS
            max integer: 201 fails                                           | MAX | 200    |      | 0 | 201          | FAIL
            max integer: 199 passes                                          | MAX | 200    |      | 0 | 199          | PASS
            max integer: 200.5 rounds to even 200 and passes                 | MAX | 200    |      | 0 | 200.5        | PASS
            max integer: 201.5 rounds to even 202 and fails                  | MAX | 201    |      | 0 | 201.5        | FAIL
            max negative: equal to -0.5 passes                               | MAX | -0.5   |      | 1 | -0.5         | PASS
            max negative: -0.45 rounds to -0.4 and fails                     | MAX | -0.5   |      | 1 | -0.45        | FAIL
            max negative: -0.55 rounds to -0.6 and passes                    | MAX | -0.5   |      | 1 | -0.55        | PASS
            min: equal to the limit passes                                   | MIN | 8.0    |      | 1 | 8.0          | PASS
            min: one unit below the limit fails                              | MIN | 8.0    |      | 1 | 7.9          | FAIL
            min: one unit above the limit passes                             | MIN | 8.0    |      | 1 | 8.1          | PASS
            min: 7.95 exactly half, kept 9 odd, rounds up to 8.0, passes     | MIN | 8.0    |      | 1 | 7.95         | PASS
            min: 7.9500 trailing zeros are still exactly half, passes        | MIN | 8.0    |      | 1 | 7.9500       | PASS
            min: 7.949 less than half rounds down to 7.9, fails              | MIN | 8.0    |      | 1 | 7.949        | FAIL
            min: 7.85 exactly half, kept 8 even, stays 7.8, fails            | MIN | 7.9    |      | 1 | 7.85         | FAIL
            min: 0.0246 rounds up to the thickness limit 0.025, passes       | MIN | 0.025  |      | 3 | 0.0246       | PASS
            min: 0.0245 rounds to even 0.024, fails                          | MIN | 0.025  |      | 3 | 0.0245       | FAIL
            min unrounded: grade 3.5 equal to the limit passes               | MIN | 3.5    |      |   | 3.5          | PASS
            min unrounded: 3.4999 fails because nothing is rounded           | MIN | 3.5    |      |   | 3.4999       | FAIL
            min unrounded: half grade below fails                            | MIN | 3.5    |      |   | 3            | FAIL
            range: equal to the negative lower bound passes                  | RANGE | -2.0 | 2.0  | 1 | -2.0         | PASS
            range: equal to the upper bound passes                           | RANGE | -2.0 | 2.0  | 1 | 2.0          | PASS
            range: one unit below the lower bound fails                      | RANGE | -2.0 | 2.0  | 1 | -2.1         | FAIL
            range: one unit above the upper bound fails                      | RANGE | -2.0 | 2.0  | 1 | 2.1          | FAIL
            range: one unit inside the lower bound passes                    | RANGE | -2.0 | 2.0  | 1 | -1.9         | PASS
            range: one unit inside the upper bound passes                    | RANGE | -2.0 | 2.0  | 1 | 1.9          | PASS
            range: zero passes                                               | RANGE | -2.0 | 2.0  | 1 | 0            | PASS
            range: -2.05 rounds to even -2.0 and passes                      | RANGE | -2.0 | 2.0  | 1 | -2.05        | PASS
            range: -2.15 rounds to even -2.2 and fails                       | RANGE | -2.0 | 2.0  | 1 | -2.15        | FAIL
            range: -2.0500001 more than half below rounds to -2.1, fails     | RANGE | -2.0 | 2.0  | 1 | -2.0500001   | FAIL
            range: -1.95 rounds away from zero to -2.0 and passes            | RANGE | -2.0 | 2.0  | 1 | -1.95        | PASS
            range: 2.05 rounds to even 2.0 and passes                        | RANGE | -2.0 | 2.0  | 1 | 2.05         | PASS
            range: 2.0500001 more than half above rounds to 2.1, fails       | RANGE | -2.0 | 2.0  | 1 | 2.0500001    | FAIL
            range: -10.05 rounds to even -10.0 and passes                    | RANGE | -10.0 | 5.0 | 1 | -10.05       | PASS
            range: -10.15 rounds to even -10.2 and fails                     | RANGE | -10.0 | 5.0 | 1 | -10.15       | FAIL
            range: 54.5 rounds to even 54 and fails                          | RANGE | 55   | 62   | 0 | 54.5         | FAIL
            range: 54.51 rounds up to 55 and passes                          | RANGE | 55   | 62   | 0 | 54.51        | PASS
            range: 62.5 rounds to even 62 and passes                         | RANGE | 55   | 62   | 0 | 62.5         | PASS
            range: 63.5 rounds to even 64 and fails                          | RANGE | 55   | 62   | 0 | 63.5         | FAIL
            range unrounded: 7.5000001 above the upper bound fails           | RANGE | 4.0  | 7.5  |   | 7.5000001    | FAIL
            range unrounded: 3.9999 below the lower bound fails              | RANGE | 4.0  | 7.5  |   | 3.9999       | FAIL
            enumeration: the allowed value passes                            | ENUMERATION | 不得检出 | | | 不得检出  | PASS
            enumeration: 检出 fails                                          | ENUMERATION | 不得检出 | | | 检出      | FAIL
            enumeration: the allowed value is compared trimmed               | ENUMERATION | 不得检出 | | | '  不得检出 ' | PASS
            enumeration: ideographic spaces are trimmed too                  | ENUMERATION | 不得检出 | | | '　不得检出　' | PASS
            enumeration: 未检出 meets the requirement 不得检出 (issue 12)      | ENUMERATION | 不得检出 | | | 未检出    | PASS
            enumeration: any of several allowed values passes                | ENUMERATION | 无;未检出 | | | 未检出    | PASS
            enumeration: a value outside several allowed values fails        | ENUMERATION | 无;未检出 | | | 有        | FAIL
            qualitative: 符合 passes                                          | QUALITATIVE | 3 bags tested, none breaks | | | 符合   | PASS
            qualitative: 不符合 fails                                         | QUALITATIVE | 3 bags tested, none breaks | | | 不符合 | FAIL
            qualitative: PASS passes                                         | QUALITATIVE | 3 bags tested, none breaks | | | PASS   | PASS
            qualitative: lower-case pass passes                              | QUALITATIVE | 3 bags tested, none breaks | | | pass   | PASS
            qualitative: mixed-case Fail fails                               | QUALITATIVE | 3 bags tested, none breaks | | | Fail   | FAIL
            qualitative: the finding is compared trimmed                     | QUALITATIVE | 3 bags tested, none breaks | | | ' FAIL ' | FAIL
            """)
    void judgesEachLimitTypeAtItsBoundaries(String behaviour, LimitType type, String first, String second,
                                           Integer decimals, String measured, ItemVerdict expected) {
        Limit limit = limit(type, first, second, decimals);

        ItemResult result = ItemResult.judge("X-01", ItemClass.B, limit, measured);

        assertThat(result.computed()).as(behaviour).isEqualTo(expected);
        assertThat(result.verdict()).as(behaviour).isEqualTo(expected);
    }

    @Test
    void valueJustAboveMaxAfterRoundingFails() {
        ItemResult result = ItemResult.judge("PB-X", ItemClass.B, Limit.max("0.025", 3, "mm"), "0.0255");

        assertThat(result.verdict()).isEqualTo(ItemVerdict.FAIL);
        assertThat(result.rounded().toPlainString()).isEqualTo("0.026");
    }

    @Test
    void valueAboveMaxThatRoundsToTheLimitPasses() {
        ItemResult result = ItemResult.judge("PB-X", ItemClass.B, Limit.max("0.025", 3, "mm"), "0.0254");

        assertThat(result.verdict()).isEqualTo(ItemVerdict.PASS);
        assertThat(result.rounded().toPlainString()).isEqualTo("0.025");
    }

    @Test
    void valueBelowMinThatRoundsUpToTheLimitPasses() {
        ItemResult result = ItemResult.judge("PB-07", ItemClass.B, Limit.min("6.0", 1, "N/15mm"), "5.95");

        assertThat(result.verdict()).isEqualTo(ItemVerdict.PASS);
        assertThat(result.rounded().toPlainString()).isEqualTo("6.0");
    }

    @Test
    void unroundedLimitRecordsTheExactMeasuredValue() {
        ItemResult result = ItemResult.judge("CA-04", ItemClass.B, Limit.min("3.5", null, "级"), " 3.50 ");

        assertThat(result.rounded().toPlainString()).isEqualTo("3.50");
        assertThat(result.measured()).isEqualTo(" 3.50 ");
    }

    @Test
    void nonNumericLimitsRecordNoRoundedValue() {
        assertThat(ItemResult.judge("TP-02", ItemClass.A, Limit.enumeration(List.of("不得检出")), "不得检出").rounded())
                .isNull();
        assertThat(ItemResult.judge("PB-06", ItemClass.B, Limit.qualitative("No water drops"), "符合").rounded())
                .isNull();
    }

    @Test
    void freshJudgmentIsNotOverridden() {
        ItemResult result = ItemResult.judge("PB-02", ItemClass.B, Limit.min("0.025", 3, "mm"), "0.030");

        assertThat(result.itemCode()).isEqualTo("PB-02");
        assertThat(result.itemClass()).isEqualTo(ItemClass.B);
        assertThat(result.overridden()).isFalse();
        assertThat(result.overrideReason()).isNull();
        assertThat(result.verdict()).isEqualTo(result.computed()).isEqualTo(ItemVerdict.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"合格", "不合格", "OK", "maybe", "符合要求", "通过", "N/A", "PASSED", "符 合"})
    void qualitativeFindingOtherThanPassOrFailIsRejected(String finding) {
        Limit limit = Limit.qualitative("No bubbles or holes");

        assertThatThrownBy(() -> ItemResult.judge("PB-09", ItemClass.B, limit, finding))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item PB-09")
                .hasMessageContaining("is not a qualitative finding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "-Infinity", "未检出", "1,5", "0.025 mm",
            "1234567890123456789012345678901"})
    void nonNumericMeasurementForANumericLimitIsRejectedNamingTheItem(String measured) {
        Limit limit = Limit.max("200", 0, "CFU/g");

        assertThatThrownBy(() -> ItemResult.judge("TP-01", ItemClass.A, limit, measured))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("item TP-01: ");
    }

    @ParameterizedTest
    @EnumSource(LimitType.class)
    void blankMeasurementIsRejectedForEveryLimitType(LimitType type) {
        Limit limit = sampleLimit(type);

        for (String blank : Arrays.asList(null, "", "   ")) {
            assertThatThrownBy(() -> ItemResult.judge("X-01", ItemClass.B, limit, blank))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("measured result is missing or blank");
        }
    }

    @Test
    void judgmentNeedsItemCodeClassAndLimit() {
        Limit limit = Limit.max("1.0", 1, "%");
        assertThatThrownBy(() -> ItemResult.judge(" ", ItemClass.B, limit, "1.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item code");
        assertThatThrownBy(() -> ItemResult.judge("TP-09", null, limit, "1.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item class");
        assertThatThrownBy(() -> ItemResult.judge("TP-09", ItemClass.B, null, "1.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }

    @Test
    void resultWithRoundedValueMissingForANumericLimitIsRejected() {
        assertThatThrownBy(() -> new ItemResult("TP-09", ItemClass.B, Limit.max("1.0", 1, "%"), "1.0", null,
                ItemVerdict.PASS, ItemVerdict.PASS, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rounded value");
    }

    static Limit limit(LimitType type, String first, String second, Integer decimals) {
        return switch (type) {
            case MAX -> Limit.max(first, decimals, null);
            case MIN -> Limit.min(first, decimals, null);
            case RANGE -> Limit.range(first, second, decimals, null);
            case ENUMERATION -> Limit.enumeration(List.of(first.split(";")));
            case QUALITATIVE -> Limit.qualitative(first);
        };
    }

    static Limit sampleLimit(LimitType type) {
        return switch (type) {
            case MAX -> Limit.max("0.025", 3, "mm");
            case MIN -> Limit.min("8.0", 1, "N/15mm");
            case RANGE -> Limit.range("-2.0", "2.0", 1, "%");
            case ENUMERATION -> Limit.enumeration(List.of("不得检出"));
            case QUALITATIVE -> Limit.qualitative("3 bags tested; none breaks");
        };
    }
}
