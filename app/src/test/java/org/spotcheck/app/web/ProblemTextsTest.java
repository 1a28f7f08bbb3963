package org.spotcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class ProblemTextsTest {

    @Test
    void aBilingualTextGivesOnlyTheReadersHalf() {
        String text = "审核人 plan-reviewer 已签收，不能撤回 / plan-reviewer has taken the review; the plan can no longer be withdrawn";
        assertThat(ProblemTexts.oneLanguage(text, Locale.SIMPLIFIED_CHINESE)).isEqualTo("审核人 plan-reviewer 已签收，不能撤回");
        assertThat(ProblemTexts.oneLanguage(text, Locale.ENGLISH))
                .isEqualTo("plan-reviewer has taken the review; the plan can no longer be withdrawn");
    }

    @Test
    void aSlashInsideOneLanguageIsNotASplit() {
        assertThat(ProblemTexts.oneLanguage("row 3 / credit_code", Locale.SIMPLIFIED_CHINESE)).isEqualTo("row 3 / credit_code");
        assertThat(ProblemTexts.oneLanguage("检验 / 检测 / the test", Locale.ENGLISH)).isEqualTo("the test");
        assertThat(ProblemTexts.oneLanguage("只有中文", Locale.ENGLISH)).isEqualTo("只有中文");
    }

    @Test
    void aFieldsOwnTextComesBeforeTheRulesAndTheMessageIsOnlyTheFallback() {
        StaticMessageSource bundle = new StaticMessageSource();
        bundle.addMessage("problem.REQUIRED", Locale.SIMPLIFIED_CHINESE, "必填");
        bundle.addMessage("problem.REQUIRED.toUser", Locale.SIMPLIFIED_CHINESE, "请选择同事");
        bundle.addMessage("problem.CLAIMED_BY_OTHER", Locale.SIMPLIFIED_CHINESE, "任务已被 {0} 签收");
        ProblemTexts texts = new ProblemTexts(bundle);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(texts.of(new FieldViolation("toUser", "REQUIRED", "choose a colleague"))).isEqualTo("请选择同事");
            assertThat(texts.of(new FieldViolation("name", "REQUIRED", "required"))).isEqualTo("必填");
            assertThat(texts.of(InvalidInputException.of("toUser", "REQUIRED", "choose a colleague"))).isEqualTo("请选择同事");
            assertThat(texts.of(new RuleViolationException("toUser", "REQUIRED", "choose a colleague"))).isEqualTo("请选择同事");
            assertThat(texts.of(new ConflictException("CLAIMED_BY_OTHER", "the task is claimed by x", "x"))).isEqualTo("任务已被 x 签收");
            assertThat(texts.of(new ConflictException("NO_TEXT_YET", "only the fallback"))).isEqualTo("only the fallback");
            // a text that needs a value the refusal does not carry is not used: the refusal's own message is
            assertThat(texts.of(new ConflictException("CLAIMED_BY_OTHER", "任务已被他人签收 / claimed by someone else")))
                    .isEqualTo("任务已被他人签收");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** forms17: a field inside a list or the command's form has its name's own text (problem.MALFORMED_VALUE.batches). */
    @Test
    void aFieldInsideAListOrAFormHasItsNamesOwnText() {
        StaticMessageSource bundle = new StaticMessageSource();
        bundle.addMessage("problem.MALFORMED_VALUE", Locale.SIMPLIFIED_CHINESE, "格式错误");
        bundle.addMessage("problem.MALFORMED_VALUE.batches", Locale.SIMPLIFIED_CHINESE, "请输入整数");
        ProblemTexts texts = new ProblemTexts(bundle);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(texts.of(new FieldViolation("items[0].batches", "MALFORMED_VALUE", "wrong format"))).isEqualTo("请输入整数");
            assertThat(texts.of(new FieldViolation("form.batches", "MALFORMED_VALUE", "wrong format"))).isEqualTo("请输入整数");
            assertThat(texts.of(new FieldViolation("items[0].quarter", "MALFORMED_VALUE", "wrong format"))).isEqualTo("格式错误");
            assertThat(ProblemTexts.fieldName("items[2].batches")).isEqualTo("batches");
            assertThat(ProblemTexts.fieldName("samplers[0]")).isEqualTo("samplers");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
