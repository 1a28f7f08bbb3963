package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Brief fix17 (walk 17f item 8, forms17's open point): a page post of 现场抽样、封样 with a production date after today
 * was refused with the banner 请修正标出的字段 but no field marked, although the API names {@code productionDate}: the
 * post's address carried {@code ?lang=}, which the page handed to the step as a form field; the schema refused that field,
 * which no field on the page shows, and the date is checked only after the schema. The page now shows the refusal beside
 * 生产日期, in the reader's language, and keeps what was typed.
 */
class ProductionDatePageTest extends SpotCheckE2e {

    @Test
    void aFutureProductionDateIsRefusedBesideItsFieldOnThePage() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String sampler = drawn.get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        String future = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(3).toString();
        for (String lang : List.of("zh", "en")) {
            Browserless browser = new Browserless(port, sampler);
            Browserless.Page page = browser.get("/tasks/" + task + "?lang=" + lang);
            Map<String, List<String>> form = new java.util.LinkedHashMap<>();
            SpotCheckFlow.samplingForm("PLASTIC_BAG", "F17D" + lang, drawn).forEach((name, value) -> form.put(name,
                    value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value))));
            form.put("productionDate", List.of(future));
            Browserless.Page refused = browser.post("/tasks/" + task + "/complete?lang=" + lang, form, page.csrf());
            assertThat(refused.status()).isEqualTo(200);
            assertThat(errorBeside(refused.body(), "productionDate")).as(refused.body())
                    .isEqualTo(lang.equals("zh") ? "生产日期不能晚于抽样日期（今天）" : "The production date cannot be after the sampling date (today)");
            assertThat(refused.body()).containsPattern("id=\"productionDate\" name=\"productionDate\" value=\"" + future + "\"");
        }
        assertThat(api.taskId(sampler, caseCode, "recordSampling")).isEqualTo(task);
    }

    private static String errorBeside(String body, String field) {
        int at = body.indexOf("id=\"" + field + "-error\"");
        assertThat(at).as(field + "-error").isPositive();
        String rest = body.substring(body.indexOf('>', at) + 1);
        return rest.substring(0, rest.indexOf("</div>")).strip();
    }
}
