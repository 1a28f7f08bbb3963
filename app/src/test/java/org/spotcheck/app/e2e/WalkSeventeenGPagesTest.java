package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Walk 17g (issue 17: no raw code and no mixed language on the result-handling half of the walk-through): what the
 * walk found in the texts, read in both languages. The layout findings are in {@code PhoneLayoutBrowserTest}.
 */
class WalkSeventeenGPagesTest extends SpotCheckE2e {

    /**
     * A date after today (送达日期 of 送达检验结果通知书, 收到日期 of a complaint) read Hibernate Validator's
     * 需要是一个过去或现在的时间 / 必须是过去或现在的日期 / must be a date in the past or in the present.
     */
    @Test
    void aDateAfterTodayReadsNotLaterThanToday() {
        for (String lang : List.of("zh", "en")) {
            Api.Response refused = api.post("planner", "/api/complaints?lang=" + lang, Map.of("receivedOn", "2099-01-01",
                    "complainant", "匿名", "description", "纸巾纸有异味", "productCode", "TISSUE_PAPER"));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains(lang.equals("zh") ? "不得晚于今天" : "Must not be later than today")
                    .doesNotContain("过去或现在").doesNotContain("in the past or in the present");
        }
    }

    /**
     * The offline field app at ?lang=en read {@code test portion 40, backup portion 20 (个)}: the rule's unit came as the
     * rule writes it. The page now gives its script the units in the reader's language (field-app.js maps them).
     */
    @Test
    void theFieldAppGetsTheRulesUnitInTheReadersLanguage() {
        Browserless sampler = new Browserless(port, "sampler-a");
        String en = sampler.get("/field/?lang=en").body();
        assertThat(en).contains("data-unit=\"个\">pieces</li>").contains("data-unit=\"台\">units</li>");
        String zh = sampler.get("/field/?lang=zh").body();
        assertThat(zh).contains("data-unit=\"个\">个</li>");
    }
}
