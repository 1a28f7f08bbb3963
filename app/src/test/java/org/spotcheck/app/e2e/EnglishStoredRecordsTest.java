package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 (brief disp17): what disposal stores once and people read in their language. 结果公开 names the product and
 * the conclusion from their codes, not the frozen Chinese texts; the case log's lines keep their bundle key and read in
 * the reader's language (old rows without a key still read, the revocation line without the referral's id); a referral's
 * facts keep their message and read in English on the enforcer's English page. Chinese pages are unchanged.
 */
class EnglishStoredRecordsTest extends ResultHandlingE2e {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String TISSUE_EN = "Tissue paper (facial tissue, napkins, handkerchief tissue)";
    /** LAB1's English name (demo data, V5_220): an English announcement names its lab by it again (brief bil17). */
    private static final String LAB1_EN = "Jiangsu Institute of Product Quality Supervision and Inspection (demo)";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.spotcheck.app.security.PageNames names;

    /** The first group of each match of the pattern in the page. */
    private static List<String> matches(String html, String regex) {
        return Pattern.compile(regex).matcher(html).results().map(m -> m.group(1)).toList();
    }

    private static List<String> cells(String html, String field) {
        return matches(html, "data-field=\"" + field + "\"[^>]*>([^<]*)</td>");
    }

    /** 结果公开 and the review page at ?lang=en: the product's English name and the conclusion's label, no Chinese in those cells. */
    @Test
    void publishedResultsNameTheProductAndTheConclusionInTheReadersLanguage() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        JsonNode publication = api.get("officer", "/api/disposal/publications").json().valueStream()
                .filter(p -> p.get("taskCode").asString().equals(c.caseCode()) && "RESULT".equals(p.get("kind").asString()))
                .findFirst().orElseThrow();
        assertThat(publication.get("productCode").asString()).isEqualTo("TISSUE_PAPER");
        assertThat(publication.get("conclusion").asString()).isEqualTo("NONCONFORMING");
        assertThat(publication.get("productName").asString()).isEqualTo("纸巾纸");
        long id = publication.get("id").asLong();

        Browserless officer = new Browserless(port, "officer");
        String review = officer.get("/disposal/publications?lang=en").body();
        String card = review.substring(review.indexOf("id=\"review-" + id + "\""));
        card = card.substring(0, card.indexOf("</table>"));
        assertThat(cells(card, "productName")).containsExactly(TISSUE_EN);
        assertThat(cells(card, "conclusionText")).containsExactly("Non-conforming (general)");
        String reviewZh = officer.get("/disposal/publications?lang=zh").body();
        String cardZh = reviewZh.substring(reviewZh.indexOf("id=\"review-" + id + "\""));
        cardZh = cardZh.substring(0, cardZh.indexOf("</table>"));
        assertThat(cells(cardZh, "productName")).containsExactly("纸巾纸");
        assertThat(cells(cardZh, "conclusionText")).containsExactly("不合格（一般不合格）");

        Api.Response released = api.post("officer", "/api/disposal/publications/" + id + "/release",
                PublicationTest.releaseForm(true, Map.of()));
        assertThat(released.status()).as(released.body()).isEqualTo(200);

        String en = Browserless.anonymous(port).get("/public/results?lang=en").body();
        List<String> products = cells(en, "productName");
        List<String> conclusions = cells(en, "conclusionText");
        assertThat(products).contains(TISSUE_EN).allSatisfy(p -> assertThat(HAN.matcher(p).find()).as(p).isFalse());
        assertThat(conclusions).contains("Non-conforming (general)").allSatisfy(t -> assertThat(HAN.matcher(t).find()).as(t).isFalse());
        String zh = Browserless.anonymous(port).get("/public/results?lang=zh").body();
        assertThat(cells(zh, "productName")).contains("纸巾纸").doesNotContain(TISSUE_EN);
        assertThat(cells(zh, "conclusionText")).contains("不合格（一般不合格）");
        // the public API keeps its texts and carries the codes beside them
        JsonNode shown = api.get(null, "/api/public/results").json().valueStream()
                .filter(r -> "TISSUE_PAPER".equals(r.path("productCode").asString(null))).findFirst().orElseThrow();
        assertThat(shown.get("productName").asString()).isEqualTo("纸巾纸");
        assertThat(shown.get("conclusion").asString()).isEqualTo("NONCONFORMING");
    }

    /**
     * A new case log line keeps its bundle key (V4_260's columns) and reads in either language; a row without a key (as
     * written before) still reads, and an old revocation line drops the referral's internal id in both languages.
     */
    @Test
    void caseLogLinesKeepTheirKeyAndOldRowsStillRead() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        Map<String, Object> row = jdbc.queryForMap("SELECT message_key, message_args, comment FROM dsp_case_event"
                + " WHERE case_id = ? AND action = 'CONCLUSION_FINAL'", c.caseId());
        assertThat(row.get("MESSAGE_KEY") != null ? row.get("MESSAGE_KEY") : row.get("message_key"))
                .isEqualTo("dsp.log.conclusionFinalGraded");
        // the comment keeps the text as it was written before
        // the comment keeps the Chinese text, its codes as their Chinese labels (brief codes17: never a bare code)
        assertThat(row.get("COMMENT") != null ? row.get("COMMENT") : row.get("comment")).isEqualTo("不合格 一般不合格（期满未提出异议）");
        Browserless planner = new Browserless(port, "officer");
        String en = planner.get("/cases/" + c.caseCode() + "?lang=en").body();
        assertThat(en).contains("Non-conforming, general (no objection within the period)").doesNotContain("NONCONFORMING GENERAL");
        String zh = planner.get("/cases/" + c.caseCode() + "?lang=zh").body();
        assertThat(zh).contains("不合格 一般不合格（期满未提出异议）");

        // rows as written before V4_260's keys: the text only
        java.sql.Timestamp at = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update("INSERT INTO dsp_case_event (case_id, action, actor, comment, occurred_at) VALUES (?, ?, ?, ?, ?)",
                c.caseId(), "RECTIFICATION_OVERDUE", "system", "整改期限 2026-03-01 已届满，尚未提交整改报告", at);
        jdbc.update("INSERT INTO dsp_case_event (case_id, action, actor, comment, occurred_at) VALUES (?, ?, ?, ?, ?)",
                c.caseId(), "REVOCATION_REFERRED", "system", "停业整顿后复查仍不合格，移送吊销营业执照（移送 #12）", at);
        String oldEn = planner.get("/cases/" + c.caseCode() + "?lang=en").body();
        assertThat(oldEn).contains("The rectification period ended on 2026-03-01; no rectification report was submitted")
                .contains("Failed the re-inspection after the suspension; referred for licence revocation")
                .doesNotContain("#12").doesNotContain("移送吊销");
        String oldZh = planner.get("/cases/" + c.caseCode() + "?lang=zh").body();
        assertThat(oldZh).contains("整改期限 2026-03-01 已届满，尚未提交整改报告").contains("停业整顿后复查仍不合格，移送吊销营业执照")
                .doesNotContain("移送 #12");
    }

    /**
     * An old log line that stored a case's status as its code (复查未在期限内组织（RECTIFYING）) reads the status's label in
     * both languages (brief codes17: the code showed on Chinese pages too); a new one stores the label, not the code.
     */
    @Test
    void aStatusCodeInALogLineReadsAsItsLabelInBothLanguages() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        jdbc.update("INSERT INTO dsp_case_event (case_id, action, actor, comment, occurred_at) VALUES (?, ?, ?, ?, ?)",
                c.caseId(), "REINSPECTION_OVERDUE", "system", "复查未在期限内组织（RECTIFYING）",
                java.sql.Timestamp.from(java.time.Instant.now()));
        Browserless officer = new Browserless(port, "officer");
        String zh = officer.get("/cases/" + c.caseCode() + "?lang=zh").body();
        assertThat(zh).contains("复查未在期限内组织（整改中）").doesNotContain("RECTIFYING");
        String en = officer.get("/cases/" + c.caseCode() + "?lang=en").body();
        assertThat(en).contains("Re-inspection not organised in time (rectifying)").doesNotContain("RECTIFYING");

        // a new line: as FailurePathTest walks to it, the re-inspection not organised in time
        flow.orderRectification(c, false);
        flow.fireTimer(c, "rectificationDeadline");
        flow.fireTimer(c, "reportMissingAtReinspectionDue");
        flow.fireTimer(c, "reinspectionOverdue");
        List<String> comments = jdbc.queryForList("SELECT comment FROM dsp_case_event WHERE case_id = ? AND action = ?"
                + " AND message_key IS NOT NULL", String.class, c.caseId(), "REINSPECTION_OVERDUE");
        assertThat(comments).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContainPattern("[A-Z]{2,}")
                .matches("复查未在期限内组织（\\p{IsHan}[^）]*）"));
    }

    /**
     * An announcement at ?lang=en reads its round, report and lab (its English name, brief bil17) in English, and its failed items by their English
     * names (brief codes17); the Chinese page and the released texts are unchanged; the public feed carries the product
     * code, the conclusion code and the grade.
     */
    @Test
    void anAnnouncementReadsItsRoundReportLabAndFailedItemsInEnglish() {
        ResultHandlingFlow.Case c = flow.failedFirstReinspection();
        String announce = api.taskId("province-officer", c.caseCode(), "announceFailure");
        String text = "复查仍不合格，予以公告（" + c.caseCode() + "）";
        assertThat(api.complete("province-officer", announce, Map.of("text", text)).status()).isEqualTo(204);
        JsonNode announcement = api.get("province-officer", "/api/disposal/publications").json().valueStream()
                .filter(p -> p.get("taskCode").asString().equals(c.caseCode()) && "ANNOUNCEMENT".equals(p.get("kind").asString()))
                .findFirst().orElseThrow();
        long id = announcement.get("id").asLong();
        String reportNo = announcement.get("reportNo").asString();
        String itemsZh = announcement.get("failedItemsText").asString();
        assertThat(announcement.get("roundNo").asInt()).isEqualTo(1);
        assertThat(announcement.get("labCode").asString()).isEqualTo("LAB1");
        assertThat(announcement.get("conclusionText").asString()).startsWith("第1次复查不合格（一般不合格）").contains(reportNo);
        assertThat(announcement.get("failedItemCodes").asString().split("、")).containsExactlyInAnyOrder("TP-07", "TP-09");

        Browserless reviewer = new Browserless(port, "province-reviewer");
        String review = reviewer.get("/disposal/publications?lang=en").body();
        String card = review.substring(review.indexOf("id=\"review-" + id + "\""));
        card = card.substring(0, card.indexOf("</table>"));
        assertThat(cells(card, "conclusionText")).containsExactly(
                "Re-inspection 1 non-conforming (general), per re-inspection report " + reportNo + " by " + LAB1_EN);
        assertThat(cells(card, "failedItemsText")).singleElement()
                .satisfies(t -> assertThat(HAN.matcher(t).find()).as(t).isFalse()).asString().contains(", ");
        String reviewZh = reviewer.get("/disposal/publications?lang=zh").body();
        String cardZh = reviewZh.substring(reviewZh.indexOf("id=\"review-" + id + "\""));
        cardZh = cardZh.substring(0, cardZh.indexOf("</table>"));
        assertThat(cells(cardZh, "conclusionText")).containsExactly(announcement.get("conclusionText").asString());
        assertThat(cells(cardZh, "failedItemsText")).containsExactly(itemsZh);

        Api.Response released = api.post("province-reviewer", "/api/disposal/publications/" + id + "/release",
                PublicationTest.releaseForm(true, Map.of()));
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        String en = Browserless.anonymous(port).get("/public/results?kind=ANNOUNCEMENT&size=50&lang=en").body();
        String row = en.substring(0, en.indexOf(reportNo));
        row = en.substring(row.lastIndexOf("<tr class=\"result\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(cells(row, "conclusionText")).containsExactly(
                "Re-inspection 1 non-conforming (general), per re-inspection report " + reportNo + " by " + LAB1_EN);
        assertThat(cells(row, "failedItemsText")).singleElement().satisfies(t -> assertThat(HAN.matcher(t).find()).as(t).isFalse());
        String zh = Browserless.anonymous(port).get("/public/results?kind=ANNOUNCEMENT&size=50&lang=zh").body();
        assertThat(zh).contains(announcement.get("conclusionText").asString()).contains(itemsZh);

        JsonNode entry = api.get(null, "/api/public/feed?since=" + released.get("releasedAt").asString() + "&limit=500")
                .get("entries").valueStream().filter(e -> text.equals(e.path("remark").asString(null))).findFirst().orElseThrow();
        assertThat(entry.get("productCode").asString()).isEqualTo("TISSUE_PAPER");
        assertThat(entry.get("conclusion").asString()).isEqualTo("NONCONFORMING");
        assertThat(entry.get("grade").asString()).isEqualTo("GENERAL");
        assertThat(entry.get("conclusionText").asString()).isEqualTo(announcement.get("conclusionText").asString());
        // the English feed reads as 结果公开 at ?lang=en: the lab in English beside the released Chinese record (brief bil18)
        assertThat(entry.get("conclusionTextEn").asString())
                .isEqualTo("Re-inspection 1 non-conforming (general), per re-inspection report " + reportNo + " by " + LAB1_EN);
        assertThat(entry.get("failedItemsTextEn").asString()).isEqualTo(cells(row, "failedItemsText").get(0));
    }

    /**
     * A refused sampling's referral facts (R18) read in English on the enforcer's English task page, people and their
     * words as written; the Chinese page and the API show the facts as stored (the 移送函's text).
     */
    @Test
    void refusedSamplingFactsReadInTheReadersLanguage() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        String caseCode = spotCheck.approvedCase(spotCheck.submittedPlan("TISSUE_PAPER", "320104"));
        List<String> drawn = spotCheck.samplers(caseCode);
        String a = drawn.get(0);
        String task = api.taskId(a, caseCode, "recordSampling");
        long photo = api.upload(a, caseCode, "EVIDENCE", "现场.png", "image/png", Api.PNG).get("id").asLong();
        Map<String, Object> refusal = new LinkedHashMap<>();
        refusal.put("outcome", "REFUSED");
        refusal.put("reason", "REFUSED_BY_ENTERPRISE");
        refusal.put("refusedByName", "赵总");
        refusal.put("refusedByPosition", "总经理");
        refusal.put("note", "出示抽查通知书后企业负责人拒绝抽样");
        refusal.put("evidenceIds", List.of(photo));
        refusal.put("samplers", drawn);
        refusal.put("consequencesExplained", true);
        Api.Response done = api.complete(a, task, refusal);
        assertThat(done.status()).as(done.body()).isEqualTo(204);

        String referralTask = api.taskId("enforcer", caseCode, "handleReferral");
        assertThat(referralTask).isNotNull();
        String stored = api.get("enforcer", "/api/tasks/" + referralTask).get("context").get("referral").get("facts").asString();
        assertThat(stored).startsWith("拒检：赵总");
        Browserless enforcer = new Browserless(port, "enforcer");
        String en = matches(enforcer.get("/tasks/" + referralTask + "?lang=en").body(), "<div id=\"referral-facts\">([^<]*)</div>").get(0);
        assertThat(en).startsWith("Refused sampling: 赵总").contains("refused the sampling").contains("explained the legal consequences")
                .endsWith("出示抽查通知书后企业负责人拒绝抽样");
        String rest = en.replace("赵总", "").replace("总经理", "").replace("出示抽查通知书后企业负责人拒绝抽样", "");
        for (String sampler : drawn) {
            assertThat(en).doesNotContain(sampler + " ");
            rest = rest.replace(names.user(sampler), "");
        }
        assertThat(HAN.matcher(rest).find()).as(en).isFalse();
        assertThat(rest).doesNotContain("、").doesNotContain("；").doesNotContain("。");
        String zh = matches(enforcer.get("/tasks/" + referralTask + "?lang=zh").body(), "<div id=\"referral-facts\">([^<]*)</div>").get(0);
        assertThat(zh).isEqualTo(stored);
        // the API's context in the reader's language: English with ?lang=en, as stored without
        assertThat(api.get("enforcer", "/api/tasks/" + referralTask + "?lang=en").get("context").get("referral").get("facts").asString())
                .isEqualTo(en);
    }
}
