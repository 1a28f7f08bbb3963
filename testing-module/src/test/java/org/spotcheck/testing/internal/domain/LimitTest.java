package org.spotcheck.testing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LimitTest {

    @Test
    void displaysEachLimitTypeAsInAReport() {
        assertThat(Limit.max("0.025", 3, "mm").display()).isEqualTo("≤ 0.025 mm");
        assertThat(Limit.min("8.0", 1, "N/15mm").display()).isEqualTo("≥ 8.0 N/15mm");
        assertThat(Limit.range("-2.0", "2.0", 1, "%").display()).isEqualTo("-2.0 ~ 2.0 %");
        assertThat(Limit.enumeration(List.of("不得检出")).display()).isEqualTo("不得检出");
        assertThat(Limit.enumeration(List.of("无", "未检出")).display()).isEqualTo("无、未检出");
        assertThat(Limit.qualitative("3 bags tested; none breaks").display()).isEqualTo("3 bags tested; none breaks");
    }

    @Test
    void displayOmitsAMissingUnitAndKeepsTheLimitAsWritten() {
        assertThat(Limit.range("4.0", "7.5", 1, null).display()).isEqualTo("4.0 ~ 7.5");
        assertThat(Limit.max("20", 0, "  ").display()).isEqualTo("≤ 20");
        assertThat(Limit.min("2.00", 2, "N·m/g").display()).isEqualTo("≥ 2.00 N·m/g");
        assertThat(Limit.max("1E+3", 0, "mm").display()).isEqualTo("≤ 1000 mm");
    }

    @Test
    void factoriesFillOnlyTheFieldsOfTheirType() {
        Limit range = Limit.range("-2.0", "2.0", 1, "%");
        assertThat(range.type()).isEqualTo(LimitType.RANGE);
        assertThat(range.min()).isEqualByComparingTo("-2.0");
        assertThat(range.max()).isEqualByComparingTo("2.0");
        assertThat(range.value()).isNull();
        assertThat(range.allowed()).isEmpty();
        assertThat(range.decimals()).isEqualTo(1);
        assertThat(range.unit()).isEqualTo("%");
        assertThat(range.isNumeric()).isTrue();

        Limit enumeration = Limit.enumeration(List.of(" 不得检出 "));
        assertThat(enumeration.allowed()).containsExactly("不得检出");
        assertThat(enumeration.isNumeric()).isFalse();
        assertThat(Limit.qualitative("  Meets chapter 7 ").requirement()).isEqualTo("Meets chapter 7");
    }

    @Test
    void allowedValuesAreCopiedSoLaterChangesToTheCallersListDoNotLeakIn() {
        List<String> callers = Arrays.asList("无", "未检出");
        Limit limit = Limit.enumeration(callers);
        callers.set(0, "检出");

        assertThat(limit.allowed()).containsExactly("无", "未检出");
        assertThatThrownBy(() -> limit.allowed().add("检出")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rangeWithMinEqualToMaxIsAccepted() {
        assertThat(Limit.range("5.0", "5.0", 1, "V").display()).isEqualTo("5.0 ~ 5.0 V");
    }

    @Test
    void invalidLimitsAreRejected() {
        assertRejected(() -> new Limit(null, BigDecimal.ONE, null, null, null, null, null, null), "limit type");
        assertRejected(() -> new Limit(LimitType.MAX, null, null, null, null, null, 1, "mm"), "MAX limit value");
        assertRejected(() -> new Limit(LimitType.MIN, null, null, null, null, null, 1, "mm"), "MIN limit value");
        assertRejected(() -> Limit.max(null, 1, "mm"), "MAX limit value");
        assertRejected(() -> Limit.max("abc", 1, "mm"), "is not a decimal number");
        assertRejected(() -> Limit.min("NaN", 1, "mm"), "NaN");
        assertRejected(() -> Limit.range("2.1", "2.0", 1, "%"), "min 2.1 is greater than max 2.0");
        assertRejected(() -> Limit.range(null, "2.0", 1, "%"), "RANGE limit min");
        assertRejected(() -> new Limit(LimitType.RANGE, null, BigDecimal.ONE, null, null, null, null, null), "RANGE limit max");
        assertRejected(() -> Limit.enumeration(List.of()), "at least one allowed value");
        assertRejected(() -> Limit.enumeration(null), "at least one allowed value");
        assertRejected(() -> Limit.enumeration(Arrays.asList("不得检出", " ")), "must not be null or blank");
        assertRejected(() -> Limit.qualitative("   "), "non-blank requirement");
        assertRejected(() -> Limit.qualitative(null), "non-blank requirement");
    }

    @Test
    void fieldsOfAnotherLimitTypeAreRejected() {
        assertRejected(() -> new Limit(LimitType.MAX, BigDecimal.ONE, BigDecimal.ZERO, null, null, null, null, null),
                "must not have min/max");
        assertRejected(() -> new Limit(LimitType.MIN, BigDecimal.ONE, null, null, List.of("x"), null, null, null),
                "must not have allowed values");
        assertRejected(() -> new Limit(LimitType.RANGE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN, null, null, null, null),
                "must not have a single value");
        assertRejected(() -> new Limit(LimitType.ENUMERATION, BigDecimal.ONE, null, null, List.of("无"), null, null, null),
                "must not have numeric values");
        assertRejected(() -> new Limit(LimitType.ENUMERATION, null, null, null, List.of("无"), null, 1, null),
                "must not have decimals");
        assertRejected(() -> new Limit(LimitType.QUALITATIVE, null, null, null, List.of("无"), "符合", null, null),
                "must not have allowed values");
    }

    @Test
    void limitWrittenWithMoreDecimalsThanTheRoundingPlaceIsRejected() {
        assertRejected(() -> Limit.max("0.0255", 3, "mm"), "more decimal places than the rounding precision (3)");
        assertRejected(() -> Limit.range("-2.05", "2.0", 1, "%"), "range min -2.05");

        // trailing zeros do not count, and fewer decimals than the place is fine
        assertThat(Limit.max("0.02500", 3, "mm").display()).isEqualTo("≤ 0.02500 mm");
        assertThat(Limit.max("7", 1, "m").display()).isEqualTo("≤ 7 m");
        assertThat(Limit.max("0.0255", null, "mm").display()).isEqualTo("≤ 0.0255 mm");
    }

    @Test
    void roundingPlaceOutOfRangeIsRejected() {
        assertRejected(() -> Limit.max("1", 31, "mm"), "decimals must be between");
        assertRejected(() -> Limit.max("1000", -31, "mm"), "decimals must be between");
    }

    private static void assertRejected(Executable construction, String messagePart) {
        assertThatThrownBy(construction::execute)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(messagePart);
    }
}
