package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Walk 17f (issue 17: no raw code and no mixed language on a page of the walk-through): what the walk found on the
 * planner's registers, 封条号段, 修改计划, the confirmation page and the sample labels, read in both languages (the error
 * page is read in {@code PhoneLayoutBrowserTest}: it is served to a browser asking for HTML).
 */
class WalkSeventeenFPagesTest extends SpotCheckE2e {

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
                    "items[0].batches", "", "items[0].quarter", "1", "items[0].budget", "9000", "items[0].reason", "QUALITY_INDEX",
                    "items[0].shareLarge", "50", "items[0].shareMedium", "50", "items[0].shareSmall", "10");
            Browserless.Page refused = planner.post(path + "?lang=" + lang, fields, edit.csrf());
            assertThat(refused.status()).isEqualTo(200);
            String errors = refused.body().substring(refused.body().indexOf("id=\"edit-errors\""));
            errors = errors.substring(0, errors.indexOf("</ul>"));
            assertThat(errors).doesNotContain("items[").doesNotContain(">title");
            if (lang.equals("zh")) {
                assertThat(errors).contains("第 1 项 · 批次数：必填").contains("计划名称：");
            } else {
                assertThat(errors).contains("Item 1 · ").contains(": Required").contains("Title: ").doesNotContain("第");
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

        // the sample labels, glued to the portions: the samplers by name (they read sampler-a, sampler-c), the unit in
        // the page's language
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/samples/\\d+/labels)\"").matcher(zh);
        assertThat(link.find()).as("the labels' link").isTrue();
        String labels = browser.get(link.group(1) + "?lang=zh").body();
        assertThat(line(labels, "抽样人员：")).doesNotContain("sampler-").isNotEqualTo("抽样人员：");
        assertThat(labels).contains("40 个");
        String labelsEn = browser.get(link.group(1) + "?lang=en").body();
        assertThat(line(labelsEn, "Samplers: ")).doesNotContain("sampler-").isNotEqualTo("Samplers: ");
        assertThat(labelsEn).contains("40 pieces").doesNotContain("40 个");
    }

    /** The text from {@code start} to the end of its element. */
    private static String line(String html, String start) {
        assertThat(html).contains(start);
        String from = html.substring(html.indexOf(start));
        return from.substring(0, from.indexOf('<'));
    }
}
