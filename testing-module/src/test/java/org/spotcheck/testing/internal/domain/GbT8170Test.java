package org.spotcheck.testing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GbT8170Test {

    @ParameterizedTest(name = "{0} to {1} decimals -> {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            1.2350   | 2  | 1.24   | exactly half, kept digit 3 odd: up (§3.2.4)
            1.2450   | 2  | 1.24   | exactly half, kept digit 4 even: stays (§3.2.4)
            1.2451   | 2  | 1.25   | 5 followed by non-zero digit: more than half, up (§3.2.3)
            1.2449   | 2  | 1.24   | less than half: down (§3.2.1)
            0.0255   | 3  | 0.026  | exactly half, kept digit 5 odd: up
            0.0265   | 3  | 0.026  | exactly half, kept digit 6 even: stays
            0.0254   | 3  | 0.025  | less than half: down
            0.02551  | 3  | 0.026  | more than half: up
            12.1498  | 1  | 12.1   | standard example (§3.2.1)
            10.5002  | 0  | 11     | standard example (§3.2.3)
            1.050    | 1  | 1.0    | standard example (§3.2.4, even)
            0.35     | 1  | 0.4    | standard example (§3.2.4, odd)
            1268     | -2 | 1.3E+3 | standard example, round to hundreds (§3.2.2)
            2500     | -3 | 2E+3   | standard example, round to thousands, even
            3500     | -3 | 4E+3   | standard example, round to thousands, odd
            -0.0365  | 3  | -0.036 | negative: round the absolute value (§3.2.5)
            -1.2350  | 2  | -1.24  | negative, exactly half, odd: away from zero
            -2.05    | 1  | -2.0   | negative, exactly half, even: towards zero
            -2.15    | 1  | -2.2   | negative, exactly half, odd: away from zero
            0.025    | 3  | 0.025  | already at the place: unchanged
            8        | 1  | 8.0    | fewer decimals than the place: padded with zeros
            200.5    | 0  | 200    | exactly half at integer place, 0 even: stays
            201.5    | 0  | 202    | exactly half at integer place, 1 odd: up
            """)
    void roundsByGbT8170HalfEvenRule(String value, int decimals, String expected, String why) {
        BigDecimal rounded = GbT8170.round(new BigDecimal(value), decimals);

        assertThat(rounded.toString()).as(why).isEqualTo(expected);
        assertThat(rounded.scale()).isEqualTo(decimals);
    }

    @Test
    void roundsOnceFromTheOriginalValueNeverSuccessively() {
        // GB/T 8170-2008 §3.3: 15.4546 -> 15, not 15.4546 -> 15.455 -> 15.46 -> 15.5 -> 16
        BigDecimal successive = new BigDecimal("15.4546");
        for (int d = 3; d >= 0; d--) {
            successive = GbT8170.round(successive, d);
        }
        assertThat(successive).isEqualByComparingTo("16"); // shows the trap is real

        assertThat(GbT8170.round(GbT8170.parse("15.4546"), 0)).isEqualByComparingTo("15");
        assertThat(GbT8170.round(GbT8170.parse("8.53459"), 2)).isEqualByComparingTo("8.53");
    }

    @Test
    void exactDecimalStringAvoidsTheHiddenRoundingOfADouble() {
        // 2.675 as a double is 2.67499999..., so a double-based rounding gives 2.67
        assertThat(new BigDecimal(2.675).setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("2.67");

        assertThat(GbT8170.round(GbT8170.parse("2.675"), 2)).isEqualByComparingTo("2.68");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0255", "1.2350", "2.05", "7.85", "10.5002", "0.0365", "123.456789"})
    void roundingIsSymmetricForNegativeValues(String value) {
        for (int d = 0; d <= 4; d++) {
            BigDecimal positive = GbT8170.round(new BigDecimal(value), d);
            BigDecimal negative = GbT8170.round(new BigDecimal(value).negate(), d);
            assertThat(negative).isEqualByComparingTo(positive.negate());
        }
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0250        | 0.0250
            '  12 '       | 12
            +1.5          | 1.5
            -2.05         | -2.05
            2.5E-2        | 0.025
            123456789012345678901234567890 | 123456789012345678901234567890
            0.123456789012345678901234567890 | 0.123456789012345678901234567890
            """)
    void parsesExactDecimalStringsKeepingEveryDigit(String text, String expectedPlain) {
        assertThat(GbT8170.parse(text).toPlainString()).isEqualTo(expectedPlain);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void missingOrBlankMeasuredValueIsRejected(String text) {
        assertThatThrownBy(() -> GbT8170.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("measured value is (missing|blank).*");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            abc                                | is not a decimal number
            1,5                                | is not a decimal number
            1.2.3                              | is not a decimal number
            0x1A                               | is not a decimal number
            12 mg                              | is not a decimal number
            <0.1                               | is not a decimal number
            NaN                                | is not a number (NaN)
            -nan                               | is not a number (NaN)
            Infinity                           | is infinite
            -Infinity                          | is infinite
            +inf                               | is infinite
            ∞                                  | is infinite
            1234567890123456789012345678901    | has 31 significant digits; at most 30
            1.234567890123456789012345678901   | has 31 significant digits; at most 30
            1E+30                              | is too large
            1E-31                              | has more than 30 decimal places
            1E-999999999                       | has more than 30 decimal places
            0E+999999999                       | exponent out of range
            """)
    void invalidMeasuredValueIsRejectedWithAMessageSayingWhatIsWrong(String text, String expectedMessage) {
        assertThatThrownBy(() -> GbT8170.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void roundingPlaceOutOfRangeIsRejected() {
        assertThatThrownBy(() -> GbT8170.round(BigDecimal.ONE, 31))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimals");
        assertThatThrownBy(() -> GbT8170.round(BigDecimal.ONE, -31))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimals");
        assertThatThrownBy(() -> GbT8170.round(null, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }
}
