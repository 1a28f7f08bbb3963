package org.spotcheck.testing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A refused result reads, in each language, as its bundle text {@code problem.<RULE>} with the item's name as {0}
 * and the refusal's own arguments after it (as the result entry hands them on, issue 16.5).
 */
class ResultRefusalTextTest {

    private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

    ResultRefusalTextTest() {
        bundles.setBasename("i18n/testing");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
    }

    @Test
    void aNegativeThicknessNamesTheItemAndTheValue() {
        ResultRefusedException e = refused(Limit.max("0.025", 3, "mm"), "-0.01");
        assertThat(e.rule()).isEqualTo("IMPOSSIBLE_VALUE");
        assertThat(e.getMessage()).startsWith("item PB-02: ").doesNotContainPattern("\\p{IsHan}");
        assertThat(text(e, Locale.SIMPLIFIED_CHINESE)).startsWith("厚度：-0.01 不是该项目可能的检验结果");
        assertThat(text(e, Locale.ENGLISH)).startsWith("厚度: -0.01 is impossible for this item");
    }

    @Test
    void aZeroForNotDetectedSaysWhatToWrite() {
        ResultRefusedException e = refused(Limit.enumeration(List.of(ItemResult.NOT_DETECTABLE)), "0");
        assertThat(e.rule()).isEqualTo("NOT_A_CHOICE");
        assertThat(text(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("厚度：0 不是有效结果，应为 未检出");
        assertThat(text(e, Locale.ENGLISH)).isEqualTo("厚度: 0 is not a valid result; expected 未检出");
    }

    @Test
    void aBelowTheDetectionLimitResultOnAMinimumAsksForTheValue() {
        ResultRefusedException e = refused(Limit.min("0.025", 3, "mm"), "未检出");
        assertThat(e.rule()).isEqualTo("NOT_JUDGEABLE_DETECTION_LIMIT");
        assertThat(text(e, Locale.SIMPLIFIED_CHINESE)).startsWith("厚度：未检出不能按该项目的要求判定").endsWith("请填写数值");
        assertThat(text(e, Locale.ENGLISH)).contains("above the one the rule sets").endsWith("give the value");
    }

    private static ResultRefusedException refused(Limit limit, String measured) {
        try {
            ItemResult.judge("PB-02", ItemClass.B, limit, measured);
        } catch (ResultRefusedException e) {
            return e;
        }
        throw new AssertionError(measured + " was judged");
    }

    private String text(ResultRefusedException e, Locale locale) {
        List<Object> args = new ArrayList<>(List.of("厚度"));
        args.addAll(Arrays.asList(e.args()));
        return bundles.getMessage("problem." + e.rule(), args.toArray(), locale);
    }
}
