package org.spotcheck.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefusalTextsTest {

    private static final Map<String, String> BUNDLE = Map.of(
            "problem.REQUIRED", "{0}必填",
            "problem.REQUIRED.name", "请填写名称",
            "problem.WRONG_STATUS", "状态不对");

    private static RefusalTexts texts(boolean fieldTexts, Locale locale) {
        return new RefusalTexts((key, args) -> BUNDLE.containsKey(key) ? MessageFormat.format(BUNDLE.get(key), args) : null,
                () -> locale, fieldTexts);
    }

    @Test
    void aFieldsOwnTextComesFirstWhereTheModuleAsksForIt() {
        FieldViolation name = new FieldViolation("name", "REQUIRED", "name is required", List.of("名称"));
        assertThat(texts(true, Locale.CHINA).of(name)).isEqualTo("请填写名称");
        assertThat(texts(false, Locale.CHINA).of(name)).isEqualTo("名称必填");
    }

    @Test
    void aRuleWithoutABundleTextShowsItsOwnMessageInThePagesLanguage() {
        SpotcheckException e = new ConflictException("NO_SUCH_RULE", "不能这样 / not like this");
        assertThat(texts(true, Locale.CHINA).of(e)).isEqualTo("不能这样");
        assertThat(texts(true, Locale.ENGLISH).of(e)).isEqualTo("not like this");
    }

    @Test
    void eachFieldGetsItsTextsUnderThePagesNameJoined() {
        InvalidInputException e = new InvalidInputException(List.of(
                new FieldViolation("items[0].name", "REQUIRED", "required", List.of("名称")),
                new FieldViolation("items[0].name", "WRONG_STATUS", "wrong"),
                new FieldViolation("code", "REQUIRED", "required", List.of("编号"))));
        assertThat(texts(false, Locale.CHINA).byField(e, f -> f.replace("items[0].", "")))
                .containsExactly(Map.entry("name", "名称必填；状态不对"), Map.entry("code", "编号必填"));
        assertThat(texts(false, Locale.CHINA).byField(e)).containsOnlyKeys("items[0].name", "code");
        assertThat(texts(false, Locale.CHINA).of(e)).isEqualTo("名称必填");
    }
}
