package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The planning pages alone (form login, CSRF): withdraw, edit, one register entry, complaints, both languages. */
class PlanningPagesTest extends SpotCheckE2e {

    @Test
    void theDrafterWithdrawsAndEditsOnThePlanPage() {
        JsonNode plan = new SpotCheckFlow(api).submittedPlan("TISSUE_PAPER");
        Browserless planner = new Browserless(port, "planner");
        String path = "/plans/" + plan.get("id").asLong();
        Browserless.Page page = planner.get(path);
        assertThat(page.body()).contains("id=\"withdraw-form\"").contains("id=\"plan-path\"");
        Browserless.Page withdrawn = planner.post(path + "/withdraw", Map.of(), page.csrf());
        assertThat(withdrawn.status()).isEqualTo(302);
        Browserless.Page draft = planner.get(path);
        assertThat(draft.body()).contains("id=\"withdrawn-message\"").contains("id=\"edit-plan\"").doesNotContain("id=\"withdraw-form\"");

        Browserless.Page edit = planner.get(path + "/edit");
        // the item's region and lab are chosen by name, not typed or shown as codes (issue 17)
        assertThat(edit.body()).contains("<select class=\"form-select form-select-sm\" name=\"items[0].regionCode\"")
                .doesNotContain("<input class=\"form-control form-control-sm\" name=\"items[0].regionCode\"")
                .contains("<option value=\"320100\" selected=\"selected\">南京市</option>")
                .doesNotContain(">LAB1</option>");
        Map<String, List<String>> fields = Browserless.form(
                "title", " ",
                "planYear", "2027",
                "legalBasis", "《产品质量法》第十五条",
                "items[0].productCode", "TISSUE_PAPER",
                "items[0].regionCode", "320100",
                "items[0].labCode", "LAB1",
                "items[0].batches", "2",
                "items[0].quarter", "1",
                "items[0].budget", "9000",
                "items[0].reason", "QUALITY_INDEX",
                "items[0].shareLarge", "50",
                "items[0].shareMedium", "50",
                "items[0].shareSmall", "10",
                "items[1].productCode", "PLASTIC_BAG",
                "items[1].regionCode", "320100",
                "items[1].labCode", "LAB1",
                "items[1].batches", "1",
                "items[1].quarter", "2",
                "items[1].budget", "3000",
                "items[1].reason", "HEALTH_SAFETY_RISK");
        Browserless.Page refused = planner.post(path + "/edit", fields, edit.csrf());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"edit-errors\"").contains("items[0].shareLarge").contains("title");

        // a control character: refused beside the field in Chinese, the form kept without it (was a bare 400 page)
        fields.put("title", List.of("页面修改\u0007后的计划"));
        Browserless.Page bell = planner.post(path + "/edit", fields, edit.csrf());
        assertThat(bell.status()).isEqualTo(200);
        assertThat(bell.body()).contains("id=\"edit-errors\"").contains("不得含有控制字符").contains("页面修改后的计划");

        fields.put("title", List.of("页面修改后的计划"));
        fields.put("items[0].shareSmall", List.of("0"));
        Browserless.Page saved = planner.post(path + "/edit", fields, edit.csrf());
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        JsonNode edited = api.get("planner", path.replace("/plans", "/api/plans")).json();
        assertThat(edited.get("title").asString()).isEqualTo("页面修改后的计划");
        assertThat(edited.get("items").size()).isEqualTo(2);
        assertThat(edited.get("items").get(0).get("shareLarge").asInt()).isEqualTo(50);
    }

    @Test
    void oneRegisterEntryIsAddedOnThePageWithTheErrorBesideTheField() {
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page page = planner.get("/registers/inspectors");
        assertThat(page.body()).contains("INS-01").contains("id=\"create-form\"");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String code = Registers.unique("I");
        fields.put("code", List.of(code));
        fields.put("name", List.of("页面检查员"));
        fields.put("region_code", List.of("320500"));
        fields.put("qualifications", List.of("行政执法证"));
        Browserless.Page refused = planner.post("/registers/inspectors", fields, page.csrf());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"region_code-error\"");
        // in Chinese beside the field: the refusals' own messages are English since their texts moved to the bundles
        String besideField = refused.body().substring(refused.body().indexOf("id=\"region_code-error\""));
        besideField = besideField.substring(besideField.indexOf('>') + 1, besideField.indexOf('<'));
        assertThat(besideField).as(besideField).containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]{4,} [a-z]{2,}");
        fields.put("region_code", List.of("320104"));
        fields.put("name", List.of("页面\u202E检查员")); // a bidi override: refused beside the field, the rest kept
        Browserless.Page bidi = planner.post("/registers/inspectors", fields, page.csrf());
        assertThat(bidi.status()).isEqualTo(200);
        assertThat(bidi.body()).contains("id=\"name-error\"").contains("不得含有控制字符").contains("页面检查员");
        fields.put("name", List.of("页面检查员"));
        fields.put("conflicts", List.of("ENT-A"));
        Browserless.Page created = planner.post("/registers/inspectors", fields, page.csrf());
        assertThat(created.status()).isEqualTo(302);
        assertThat(planner.get("/registers/inspectors").body()).contains("id=\"row-" + code + "\"");
        // without a user account it is in the register but never drawn (it could not take the sampling step)
        // reviewers read the registers but get no forms; samplers do not get the pages at all
        assertThat(new Browserless(port, "plan-reviewer").get("/registers/enterprises").body()).doesNotContain("id=\"import-form\"");
        assertThat(new Browserless(port, "sampler-a").get("/registers/enterprises").status()).isEqualTo(403);
        assertThat(planner.get("/registers/enterprises?lang=en").body()).contains("Credit code").contains("Import");
    }

    @Test
    void aComplaintIsRecordedAndStartsASpecialPlanOnThePage() {
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page page = planner.get("/complaints");
        // product, enterprise and region are chosen by name (issue 17), in the planner's scope: Nanjing's, not Suzhou's
        assertThat(page.body()).contains("<select class=\"form-select\" id=\"enterpriseCode\" name=\"enterpriseCode\"")
                .contains("<select class=\"form-select\" id=\"regionCode\" name=\"regionCode\"")
                .contains(">南京白云纸业有限公司</option>").doesNotContain(">苏州捷安电动车有限公司</option>")
                .contains(">南京市</option>").doesNotContain(">苏州市</option>").doesNotContain("企业编码");
        assertThat(planner.get("/complaints?lang=en").body()).contains(">Tissue paper (facial tissue, napkins, handkerchief tissue)</option>");
        planner.get("/complaints?lang=zh");
        Map<String, List<String>> fields = Browserless.form(
                "receivedOn", PlanTestSupport.today().toString(),
                "complainant", "李女士",
                "productCode", option(page.body(), "productCode", "纸巾纸"),
                "regionCode", option(page.body(), "regionCode", "南京市秦淮区"),
                "description", "纸巾掉屑严重");
        // a region outside the planner's jurisdiction (a forged choice) is refused beside the region's choice, the form kept
        Map<String, List<String>> outside = new LinkedHashMap<>(fields);
        outside.put("regionCode", List.of("320505"));
        Browserless.Page refused = planner.post("/complaints", outside, page.csrf());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"regionCode-error\"").contains("value=\"320505\" selected=\"selected\"");
        Browserless.Page recorded = planner.post("/complaints", fields, page.csrf());
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(api.get("planner", "/api/complaints").json().get(0).get("regionCode").asString()).isEqualTo("320104");
        JsonNode complaint = api.get("planner", "/api/complaints").json().get(0);
        assertThat(complaint.get("description").asString()).isEqualTo("纸巾掉屑严重");

        // a control character in the special plan's form: refused beside the complaint's field (was a bare 400 page)
        Browserless.Page bell = planner.post("/complaints/" + complaint.get("id").asLong() + "/special-plan",
                Map.of("labCode", List.of("LAB\u202E1"), "batches", List.of("1"), "quarter", List.of("3"), "budget", List.of("2000"),
                        "planYear", List.of("2027")), planner.get("/complaints").csrf());
        assertThat(bell.status()).isEqualTo(200);
        assertThat(bell.body()).contains("id=\"form-error\"").contains("不得含有控制字符");

        Browserless.Page started = planner.post("/complaints/" + complaint.get("id").asLong() + "/special-plan",
                Map.of("labCode", List.of("LAB1"), "batches", List.of("1"), "quarter", List.of("3"), "budget", List.of("2000"),
                        "planYear", List.of("2027")), planner.get("/complaints").csrf());
        assertThat(started.status()).isEqualTo(302);
        Browserless.Page plan = planner.get(started.location().replaceAll("^https?://[^/]+", ""));
        assertThat(plan.body()).contains("专项计划").contains("投诉举报 #" + complaint.get("id").asLong());
    }

    @Test
    void thePlanFormOffersItsRegionsByNameWithTheErrorBesideTheChoice() {
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page form = planner.get("/plans/new");
        // the region where enterprises are drawn is chosen by name (issue 17), in the planner's scope: Nanjing's, not Suzhou's;
        // the planner's own region is chosen at first
        assertThat(form.body()).contains("<select class=\"form-select\" id=\"regionCode\" name=\"regionCode\"")
                .contains("<option value=\"320100\" selected=\"selected\">南京市</option>").contains(">南京市秦淮区</option>")
                .doesNotContain(">苏州市</option>").doesNotContain("地区代码").doesNotContain("type=\"text\" id=\"regionCode\"");
        assertThat(planner.get("/plans/new?lang=en").body()).contains(">Sampling region</label>").doesNotContain("Region code");
        planner.get("/plans/new?lang=zh");
        Map<String, List<String>> fields = PlanTestSupport.annualPlanPageForm("地区选择 " + java.util.UUID.randomUUID());
        // no region chosen: refused beside the region's choice, the form kept with its choices
        Browserless.Page refused = planner.post("/plans", fields, form.csrf());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("<select class=\"form-select is-invalid\" id=\"regionCode\" name=\"regionCode\"");
        String besideChoice = refused.body().substring(refused.body().indexOf("id=\"regionCode\""));
        assertThat(besideChoice.substring(0, besideChoice.indexOf("</div>")))
                .contains("id=\"regionCode-error\"").contains(">南京市秦淮区</option>");
        fields.put("regionCode", List.of(option(form.body(), "regionCode", "南京市秦淮区")));
        Browserless.Page saved = planner.post("/plans", fields, form.csrf());
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String id = saved.location().replaceAll(".*/plans/", "");
        assertThat(api.get("planner", "/api/plans/" + id).json().get("items").get(0).get("regionCode").asString()).isEqualTo("320104");
    }

    @Test
    void theRulePagesRefuseAControlCharacterBesideTheFieldWithTheFormKept() {
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page page = planner.get("/registers/rules");
        Map<String, List<String>> fields = Browserless.form(
                "productCode", "TISSUE_PAPER",
                "version", "页面-1",
                "title", "页面\u0007细则",
                "testPortion", "2",
                "backupPortion", "2");
        Browserless.Page drafted = planner.post("/registers/rules", fields, page.csrf());
        assertThat(drafted.status()).isEqualTo(200);
        assertThat(drafted.body()).contains("id=\"title-error\"").contains("不得含有控制字符").contains("value=\"页面细则\"")
                .contains("value=\"页面-1\"");
        assertThat(api.get("planner", "/api/registers/rules").body()).doesNotContain("页面细则");

        // a published rule (a new version is drafted from one): the list's first may be a draft another test left
        long ruleId = api.get("planner", "/api/registers/rules").json().valueStream()
                .filter(r -> r.get("status").asString().equals("ACTIVE")).findFirst().orElseThrow().get("id").asLong();
        Browserless.Page version = planner.post("/registers/rules/" + ruleId + "/versions",
                Map.of("version", List.of("2027\u202E")), planner.get("/registers/rules/" + ruleId).csrf());
        assertThat(version.status()).isEqualTo(200);
        assertThat(version.body()).contains("id=\"version-error\"").contains("不得含有控制字符");
    }

    /** The value of the choice in the named select whose text is {@code text}: a person picks by name, never by code. */
    static String option(String page, String select, String text) {
        int at = page.indexOf("id=\"" + select + "\"");
        assertThat(at).as(select).isPositive();
        String options = page.substring(at, page.indexOf("</select>", at));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<option value=\"([^\"]*)\"[^>]*>" + java.util.regex.Pattern.quote(text)
                + "</option>").matcher(options);
        assertThat(m.find()).as(text + " in " + options).isTrue();
        return m.group(1);
    }
}
