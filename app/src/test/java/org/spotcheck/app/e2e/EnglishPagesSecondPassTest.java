package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17, second pass over the English pages (brief en17b): what still showed Chinese data, a login or a raw size on
 * an English page after the first pass (EnglishDataNamesTest). Each check reads the English page and the Chinese one:
 * the Chinese page keeps its text. People's and organisations' names are names and stay as written.
 */
class EnglishPagesSecondPassTest extends ResultHandlingE2e {

    @org.springframework.beans.factory.annotation.Autowired
    org.spotcheck.app.security.PageNames names;

    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final String TISSUE_EN = "Tissue paper (facial tissue, napkins, handkerchief tissue)";

    private static List<String> matches(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /**
     * Item 1: the notes the modules store in Chinese (custody: 封样, 送往承检机构, 备用样品封存于企业, 入库; the plan's
     * 抽查任务 1 项) read in English on the English case page; the Chinese page shows them as stored.
     */
    @Test
    void storedNotesReadInTheReadersLanguage() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        JsonNode plan = spotCheck.submittedPlan("TISSUE_PAPER", "320104");
        String caseCode = spotCheck.approvedCase(plan);
        String seal = spotCheck.sampled(caseCode);
        spotCheck.received(caseCode, seal);
        Browserless planner = new Browserless(port, "planner");
        String en = planner.get("/cases/" + caseCode + "?lang=en").body();
        String testSeal = seal;
        String backupSeal = seal.substring(0, seal.length() - 2) + "-B";
        assertThat(en).contains("Sealed: test sample " + testSeal + ", backup sample " + backupSeal)
                .contains("Sent to the testing lab ").contains("Backup sample sealed and kept at the enterprise ")
                .contains("Spot-check tasks: 1").contains("Received")
                .doesNotContain("封样").doesNotContain("送往承检机构").doesNotContain("备用样品封存于企业").doesNotContain("抽查任务")
                .doesNotContain("入库");
        String zh = planner.get("/cases/" + caseCode + "?lang=zh").body();
        assertThat(zh).contains("封样：检验样品 " + testSeal + "，备用样品 " + backupSeal).contains("送往承检机构 ")
                .contains("抽查任务 1 项").contains("入库");
        // the plan's own page reads its history the same way
        String planPage = planner.get("/plans/" + plan.get("id").asLong() + "?lang=en").body();
        assertThat(planPage).contains("Spot-check tasks: 1").doesNotContain("抽查任务");
        // the enterprise's online confirmation, and a person's own words that match no stored text
        assertThat(names.stored("企业在线确认", java.util.Locale.ENGLISH)).isEqualTo("Confirmed online by the enterprise");
        assertThat(names.stored("备用样品封存于企业 某某纸业有限公司", java.util.Locale.ENGLISH))
                .isEqualTo("Backup sample sealed and kept at the enterprise 某某纸业有限公司");
        assertThat(names.stored("送往承检机构 LAB1，方式：专人送达，温度：常温", java.util.Locale.ENGLISH))
                .isEqualTo("Sent to the testing lab LAB1, by 专人送达, at 常温");
        // the paper confirmation names no photo id (brief fix17); a note stored with one is read without it on the case
        // page (StoredMessagesTest.custodyNotesKeepTheirMessageAndOldNotesReadThroughThePatterns)
        assertThat(names.stored("纸质抽样单由 王经理 签字确认（见签字照片）", java.util.Locale.ENGLISH))
                .isEqualTo("Paper sampling form signed by 王经理 (see the photo of the signed form)");
        assertThat(names.stored("样品包装完好", java.util.Locale.ENGLISH)).isEqualTo("样品包装完好");
        assertThat(names.stored("企业在线确认", java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("企业在线确认");
    }

    /** Item 2: the results entry's refusals name the item in the reader's language. */
    @Test
    void resultRefusalsNameTheItemInTheReadersLanguage() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        String caseCode = spotCheck.approvedCase(spotCheck.submittedPlan("TISSUE_PAPER", "320104"));
        spotCheck.received(caseCode, spotCheck.sampled(caseCode));
        String enter = api.taskId("lab1-tester", caseCode, "enterResults");

        Browserless english = new Browserless(port, "lab1-tester");
        assertThat(english.get("/tasks/" + enter + "?lang=en").status()).isEqualTo(200);
        Browserless.Page refused = english.completeTask(enter, Browserless.form("results.TP-07", "not a number"));
        List<String> errors = matches(refused.body(), "<div class=\"invalid-feedback[^\"]*\"[^>]*>([^<]+)</div>");
        assertThat(errors).as(refused.body()).contains("Enter the result for Ash content");
        errors.forEach(e -> assertThat(HAN.matcher(e).find()).as("an English refusal: " + e).isFalse());

        Browserless chinese = new Browserless(port, "lab1-tester");
        Browserless.Page zh = chinese.completeTask(enter, Browserless.form("results.TP-07", "not a number"));
        assertThat(matches(zh.body(), "<div class=\"invalid-feedback[^\"]*\"[^>]*>([^<]+)</div>")).contains("请填写灰分的检验结果");
    }

    /** Item 3: 信息公开 names the plan's product in the reader's language. */
    @Test
    void thePublicPlansNameTheProductInTheReadersLanguage() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        JsonNode plan = spotCheck.submittedPlan("TISSUE_PAPER", "320104");
        spotCheck.approvedCase(plan);
        String code = plan.get("code").asString();
        String en = Browserless.anonymous(port).get("/public/plans?lang=en").body();
        String card = en.substring(en.indexOf(code));
        card = card.substring(0, card.indexOf("</table>"));
        assertThat(card).contains("<td>" + TISSUE_EN + "</td>").doesNotContain("纸巾纸");
        String zh = Browserless.anonymous(port).get("/public/plans").body();
        String zhCard = zh.substring(zh.indexOf(code));
        assertThat(zhCard.substring(0, zhCard.indexOf("</table>"))).contains("<td>纸巾纸</td>");
        // the API carries the code the page names the product by
        assertThat(api.get("planner", "/api/public/plans").body()).contains("\"productCode\":\"TISSUE_PAPER\"");
    }

    /** Item 4: the copy, hand-over and countersign pickers show the person's name and roles, never the login. */
    @Test
    void thePickersShowNameAndRoleNotTheLogin() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        JsonNode plan = spotCheck.submittedPlan("TISSUE_PAPER", "320104");
        String review = api.taskId("plan-reviewer", plan.get("code").asString(), "reviewPlan");
        Browserless reviewer = new Browserless(port, "plan-reviewer");
        String en = reviewer.get("/tasks/" + review + "?lang=en").body();
        List<String> options = matches(en, "<option (value=\"[a-z0-9-]+\"[^>]*>[^<]*)</option>");
        assertThat(options).contains("value=\"planner\">王芳 · Planner").hasSizeGreaterThan(3);
        // never the login beside the name: no option reads 王芳 (planner)
        assertThat(options).noneMatch(o -> o.substring(o.indexOf('>')).contains("(" + o.substring(7, o.indexOf('"', 7)) + ")"));
        String zh = reviewer.get("/tasks/" + review + "?lang=zh").body();
        List<String> zhOptions = matches(zh, "<option (value=\"[a-z0-9-]+\"[^>]*>[^<]*)</option>");
        assertThat(zhOptions).contains("value=\"planner\">王芳 · 计划编制")
                .noneMatch(o -> o.substring(o.indexOf('>')).contains("(" + o.substring(7, o.indexOf('"', 7)) + ")"));
    }

    /** Item 5: the registers' form and table name the region, chosen by its name; the value sent is still the code. */
    @Test
    void theRegistersChooseAndShowTheRegionByName() {
        Browserless planner = new Browserless(port, "planner");
        String en = planner.get("/registers/enterprises?lang=en").body();
        assertThat(en).doesNotContain("Region code").contains("<th>Region</th>")
                .contains("<label class=\"form-label small mb-0\" for=\"f-region_code\">Region</label>")
                .containsPattern("<select class=\"form-select form-select-sm\" id=\"f-region_code\" name=\"region_code\"[^>]*>")
                .contains("<option value=\"320104\">Qinhuai District, Nanjing</option>");
        String zh = planner.get("/registers/enterprises?lang=zh").body();
        assertThat(zh).doesNotContain("行政区划代码").contains("<th>地区</th>").contains("<option value=\"320104\">");
    }

    /** Item 6: a file uploaded on the task page is described as the case page does: kind and size, not "70 B". */
    @Test
    void anUploadedFileIsDescribedByKindAndSize() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        String caseCode = spotCheck.approvedCase(spotCheck.submittedPlan("TISSUE_PAPER", "320104"));
        String sampler = spotCheck.samplers(caseCode).get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        Browserless page = new Browserless(port, sampler);
        Browserless.Page form = page.get("/tasks/" + task + "?lang=en");
        Browserless.Page en = page.upload("/cases/" + caseCode + "/attachments?kind=PHOTO&field=photoIds&task=" + task,
                "photo.png", Api.PNG, form.csrf());
        assertThat(en.status()).as(en.body()).isEqualTo(200);
        assertThat(en.body()).contains(">photo.png (PNG image, 0.1 KB)</a>").doesNotContain(" B)");
        Browserless.Page zhForm = page.get("/tasks/" + task + "?lang=zh");
        Browserless.Page zh = page.upload("/cases/" + caseCode + "/attachments?kind=PHOTO&field=photoIds&task=" + task,
                "照片.png", Api.PNG, zhForm.csrf());
        assertThat(zh.body()).contains(">照片.png（图片 PNG，0.1 KB）</a>");
    }

    /**
     * Issue 17 (brief notice17): the case log's notifications and e-mail intents read in the reader's language on the
     * case page, the organisation by its name and not its code (an English page read "→ ENT-B：检验结果通知书（…，纸巾纸）…").
     * The Chinese page reads them in Chinese with the name; the API's comment keeps the Chinese text as stored.
     */
    @Test
    void theCaseLogsNotificationsReadInTheReadersLanguageWithTheOrganisationsName() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), java.time.LocalDate.now(ResultHandlingFlow.CHINA));
        JsonNode served = flow.caseById("officer", c.caseId());
        String code = served.get("enterpriseCode").asString();
        String name = names.org(code);
        String reportNo = served.get("reportNo").asString();
        assertThat(name).isNotBlank().isNotEqualTo(code);
        Browserless officer = new Browserless(port, "officer");

        String en = officer.get("/cases/" + c.caseCode() + "?lang=en").body();
        List<String> told = matches(en, "<td>((?:→|✉) [^<]*)</td>");
        assertThat(told).anyMatch(line -> line.startsWith("→ " + name + ": Result notice (" + reportNo + ", " + TISSUE_EN + "): non-conforming"))
                .anyMatch(line -> line.startsWith("✉ " + name + ": Result notice (" + reportNo + ", " + TISSUE_EN + "): non-conforming"));
        // no code, and no Chinese but the organisation's own name
        assertThat(told).allSatisfy(line -> assertThat(line).doesNotContain(code)
                .satisfies(l -> assertThat(HAN.matcher(l.replace(name, "")).find()).as(l).isFalse()));

        String zh = officer.get("/cases/" + c.caseCode() + "?lang=zh").body();
        List<String> toldZh = matches(zh, "<td>((?:→|✉) [^<]*)</td>");
        assertThat(toldZh).anyMatch(line -> line.startsWith("→ " + name + "：检验结果通知书（" + reportNo + "，纸巾纸"))
                .anyMatch(line -> line.startsWith("✉ " + name + "：检验结果通知书（" + reportNo + "，纸巾纸"))
                .allSatisfy(line -> assertThat(line).doesNotContain(code));

        // the case log as stored: the Chinese text with the code, as before
        assertThat(served.get("events").valueStream().map(e -> e.get("comment").asString()))
                .anyMatch(comment -> comment.startsWith("→ " + code + "：检验结果通知书（" + reportNo + "，"));
    }

    /**
     * Issue 17 (brief en17c, item 1): the case log lines result handling writes in Chinese (the notice signed for online,
     * the copy to the producer, the re-inspection and escalation lines) read in English on the English case page,
     * organisations by their names; old rows read the same way, the Chinese page and the stored comment are unchanged.
     */
    @Test
    void resultHandlingLogLinesReadInEnglishOnTheEnglishCasePage() {
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());
        java.time.LocalDate today = java.time.LocalDate.now(ResultHandlingFlow.CHINA);
        flow.serve(c, today, "IN_APP");
        String ack = api.taskId(c.enterprise(), c.caseCode(), "acknowledgeNotice");
        assertThat(api.complete(c.enterprise(), ack, java.util.Map.of("acknowledged", true)).status()).isEqualTo(204);
        Browserless officer = new Browserless(port, "officer");

        String en = officer.get("/cases/" + c.caseCode() + "?lang=en").body();
        assertThat(en).contains("Signed for online by the enterprise; the objection period runs from " + today)
                .doesNotContain("企业在线签收").doesNotContain("异议期自");
        String zh = officer.get("/cases/" + c.caseCode() + "?lang=zh").body();
        assertThat(zh).contains("企业在线签收，异议期自 " + today + " 起算");
        assertThat(flow.caseById("officer", c.caseId()).get("events").valueStream().map(e -> e.get("comment").asString()))
                .contains("企业在线签收，异议期自 " + today + " 起算");

        // the other lines disposal writes, as old rows hold them: English, codes as names
        java.util.Locale english = java.util.Locale.ENGLISH;
        assertThat(names.text("检验结果通知书抄送标称生产者 某某纸业有限公司", english))
                .isEqualTo("Result notice copied to the named producer 某某纸业有限公司");
        assertThat(names.text("复查不合格，逐级上报至 AUTH-320000", english))
                .isEqualTo("Re-inspection failed; reported up to " + names.org("AUTH-320000", java.util.Locale.ENGLISH));
        assertThat(names.text("随机抽取复检机构 LAB2（抽取记录 #7）", english))
                .isEqualTo("Re-test lab drawn at random: " + names.org("LAB2", java.util.Locale.ENGLISH) + " (draw #7)");
        assertThat(names.text("第2次复查，任务 T-1（已超过期限 2026-01-31）", english))
                .isEqualTo("Re-inspection 2, task T-1 (after the deadline 2026-01-31)");
        assertThat(names.text("第1次复查，任务 T-1", english)).isEqualTo("Re-inspection 1, task T-1");
        assertThat(names.text("整改期限 2026-03-01 已届满，尚未提交整改报告", english))
                .isEqualTo("The rectification period ended on 2026-03-01; no rectification report was submitted");
        assertThat(names.text("结果已公开", english)).isEqualTo("Result published");
        assertThat(names.text("复检项目 TP-07：数据有误", english)).isEqualTo("Re-test requested for TP-07: 数据有误");
        assertThat(names.text("检验结果通知书抄送标称生产者 某某纸业有限公司", java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("检验结果通知书抄送标称生产者 某某纸业有限公司");
    }

    /**
     * Issue 17 (brief en17c, item 2): the facts of a serious quality problem's referral read in English on the
     * enforcer's English task page, the product and the failed items by their English names; the Chinese page and the
     * stored facts (the 移送函's text) are unchanged.
     */
    @Test
    void referralFactsReadInEnglishOnTheEnforcersEnglishTaskPage() {
        java.util.Map<String, String> results = ResultHandlingFlow.failingTissue();
        results.put("TP-01", "500"); // total bacterial count above 200 CFU/g: a class-A item, grade SERIOUS
        ResultHandlingFlow.Case c = flow.finalNonConforming(results);
        flow.orderRectification(c, true);
        String referralTask = api.taskId("enforcer", c.caseCode(), "handleReferral");
        assertThat(referralTask).isNotNull();
        String stored = api.get("enforcer", "/api/tasks/" + referralTask).get("context").get("referral").get("facts").asString();
        JsonNode theCase = flow.caseById("officer", c.caseId());
        String enterprise = theCase.get("enterpriseName").asString();
        String reportNo = theCase.get("reportNo").asString();
        Browserless enforcer = new Browserless(port, "enforcer");

        String en = matches(enforcer.get("/tasks/" + referralTask + "?lang=en").body(), "<div id=\"referral-facts\">([^<]*)</div>").get(0);
        assertThat(en).startsWith("Serious quality problem: " + TISSUE_EN + " of the sampled enterprise " + enterprise)
                .contains("test report " + reportNo).contains("(seriously non-conforming)").contains("class A")
                .endsWith("Production and sale were ordered to stop.");
        assertThat(HAN.matcher(en.replace(enterprise, "")).find()).as(en).isFalse();
        String zh = matches(enforcer.get("/tasks/" + referralTask + "?lang=zh").body(), "<div id=\"referral-facts\">([^<]*)</div>").get(0);
        assertThat(zh).isEqualTo(stored).startsWith("严重质量问题：被抽样单位" + enterprise + "的").contains("细菌菌落总数");
    }

    /**
     * Issue 17 (brief en17c, item 3): the e-mail queued for the enterprise, written in Chinese for its Chinese
     * recipient, showed its subject 【产品质量监督抽查】检验结果通知书… on the English case page (sampler-a, enterprise-b);
     * the English page says an e-mail written in Chinese was queued, the Chinese page shows the subject as written.
     * Brief texts17: the row keeps its subject's message (V5_190), so the English page now shows the subject in English
     * and notes that it was sent in Chinese (rows queued before read as before: StoredMessagesTest).
     */
    @Test
    void theCasePagesMailRowsShowNoChineseSubjectOnAnEnglishPage() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), java.time.LocalDate.now(ResultHandlingFlow.CHINA));
        for (String user : List.of("officer", "sampler-a", c.enterprise())) {
            Browserless reader = new Browserless(port, user);
            String en = reader.get("/cases/" + c.caseCode() + "?lang=en").body();
            assertThat(en).as(user).doesNotContain("产品质量监督抽查").doesNotContain("检验结果通知书")
                    .contains(">[Product quality spot check] Result notice (").contains("<td>sent in Chinese</td>");
            String zh = reader.get("/cases/" + c.caseCode() + "?lang=zh").body();
            assertThat(zh).as(user).contains(">【产品质量监督抽查】检验结果通知书（").doesNotContain("中文邮件").doesNotContain("以中文发送");
        }
    }
}
