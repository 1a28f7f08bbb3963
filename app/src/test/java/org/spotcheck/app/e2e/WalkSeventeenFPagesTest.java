package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Walk 17f (issue 17: no raw code and no mixed language on a page of the walk-through): what the walk found on the
 * planner's registers, 封条号段, 修改计划, the confirmation page and the error page, read in both languages.
 */
class WalkSeventeenFPagesTest extends SpotCheckE2e {

    @Test
    void theErrorPageFitsAPhoneAndSaysWhatWentWrongInTheReadersLanguage() {
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page zh = planner.get("/no-such-page?lang=zh");
        assertThat(zh.status()).isEqualTo(404);
        // without the viewport a phone drew the page 980 px wide and shrank it (walk17f at 390 px)
        assertThat(zh.body()).contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"")
                .contains("找不到这个页面").doesNotContain("This page");
        Browserless.Page en = planner.get("/no-such-page?lang=en");
        assertThat(en.body()).contains("This page does not exist").doesNotContain("找不到");
    }

    @Test
    void theRegistersChooseProductsAndSamplersByNameWithoutCodesOrLogins() {
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page rules = planner.get("/registers/rules?lang=zh");
        assertThat(rules.body()).contains(">纸巾纸</option>").doesNotContain("(TISSUE_PAPER)");
        Browserless.Page seals = planner.get("/seal-ranges?lang=zh");
        assertThat(seals.body()).contains(">张伟</option>").doesNotContain("(sampler-a)");
    }

    @Test
    void aMissingFieldReadsRequiredNotNull() {
        for (String lang : List.of("zh", "en")) {
            Browserless planner = new Browserless(port, "planner");
            Browserless.Page page = planner.get("/seal-ranges?lang=" + lang);
            Browserless.Page refused = planner.post("/seal-ranges?lang=" + lang, Browserless.form("prefix", "WALKF", "digits", "",
                    "firstNumber", "1", "lastNumber", "5", "samplerUsername", ""), page.csrf());
            assertThat(refused.status()).isEqualTo(200);
            String digits = refused.body().substring(refused.body().indexOf("id=\"digits-error\""));
            digits = digits.substring(0, digits.indexOf("</div>"));
            assertThat(digits).contains(lang.equals("zh") ? "必填" : "Required");
            assertThat(refused.body()).doesNotContain("不得为 null").doesNotContain("must not be null").doesNotContain("不得为空白")
                    .doesNotContain("must not be blank");
        }
    }

    @Test
    void thePlanEditErrorsNameTheItemAndTheFieldNotTheFormsFieldPath() {
        long id = api.post("planner", "/api/plans", Api.planCommand("页面修改 17f", "TISSUE_PAPER", "320100", "LAB1")).get("id").asLong();
        for (String lang : List.of("zh", "en")) {
            Browserless planner = new Browserless(port, "planner");
            String path = "/plans/" + id + "/edit";
            Browserless.Page edit = planner.get(path + "?lang=" + lang);
            assertThat(edit.body()).contains("class=\"table-responsive\"><table class=\"table table-sm align-middle\" id=\"plan-edit-items\"");
            Map<String, List<String>> fields = Browserless.form("title", " ", "planYear", "2027", "legalBasis", "《产品质量法》第十五条",
                    "items[0].productCode", "TISSUE_PAPER", "items[0].regionCode", "320100", "items[0].labCode", "LAB1",
                    "items[0].batches", "2", "items[0].quarter", "1", "items[0].budget", "9000", "items[0].reason", "QUALITY_INDEX",
                    "items[0].shareLarge", "50", "items[0].shareMedium", "50", "items[0].shareSmall", "10");
            Browserless.Page refused = planner.post(path + "?lang=" + lang, fields, edit.csrf());
            assertThat(refused.status()).isEqualTo(200);
            String errors = refused.body().substring(refused.body().indexOf("id=\"edit-errors\""));
            errors = errors.substring(0, errors.indexOf("</ul>"));
            assertThat(errors).doesNotContain("items[").doesNotContain(">title");
            if (lang.equals("zh")) {
                assertThat(errors).contains("第 1 项 · ").contains("计划名称：");
            } else {
                assertThat(errors).contains("Item 1 · ").contains("Title: ").doesNotContain("第");
            }
        }
    }

    @Test
    void theConfirmationPageNamesTheUnitInTheReadersLanguage() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.sampledUnconfirmed(caseCode);
        String sampler = flow.samplers(caseCode).get(1);
        String task = api.taskId(sampler, caseCode, "confirmSampling");
        Browserless browser = new Browserless(port, sampler);
        String en = browser.get("/tasks/" + task + "?lang=en").body();
        String taken = en.substring(en.indexOf("id=\"confirm-taken\""));
        taken = taken.substring(0, taken.indexOf("</div>"));
        assertThat(taken).contains("test portion 40 pieces, backup portion 20 pieces").doesNotContain("个");
        String zh = browser.get("/tasks/" + task + "?lang=zh").body();
        assertThat(zh).contains("抽取检验样品 40个");
    }
}
