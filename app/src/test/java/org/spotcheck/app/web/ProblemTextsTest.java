package org.spotcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

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
}
