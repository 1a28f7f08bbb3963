package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 (brief texts17): texts the system stores in Chinese keep their message (bundle key and arguments) with the
 * row, and the pages read them in the reader's language: the e-mails queued for a case (V5_190), the custody notes
 * (V2_40), the plan's history lines at issue and at the countersign's end (V1_80). A row stored before, without a key,
 * reads as it did (the stored.* patterns; an e-mail's subject "e-mail written in Chinese"); the Chinese pages show the
 * texts as stored.
 */
class StoredMessagesTest extends ResultHandlingE2e {

    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff]");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.spotcheck.app.security.PageNames names;

    /** Each timeline row of the given source: its "about" text and its comment. */
    private static List<String[]> rows(String html, String source) {
        List<String[]> found = new ArrayList<>();
        Matcher row = Pattern.compile("<tr[^>]*data-source=\"" + source + "\"[^>]*>([\\s\\S]*?)</tr>").matcher(html);
        while (row.find()) {
            Matcher about = Pattern.compile("<small class=\"text-muted ms-1\">([^<]*)</small>").matcher(row.group(1));
            Matcher cells = Pattern.compile("<td>([^<]*)</td>").matcher(row.group(1));
            String comment = "";
            while (cells.find()) {
                comment = cells.group(1);
            }
            found.add(new String[] {about.find() ? about.group(1) : "", comment});
        }
        return found;
    }

    @Test
    void theCasePagesMailRowsShowTheSubjectInTheReadersLanguageAndOldRowsAsBefore() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), java.time.LocalDate.now(ResultHandlingFlow.CHINA));
        List<Map<String, Object>> stored = jdbc.queryForList(
                "SELECT subject, subject_key, subject_args, mail_lang FROM sys_mail_outbox WHERE business_key = ?", c.caseCode());
        assertThat(stored).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("subject_key")).as("the subject's message is kept").isNotNull();
            assertThat(row.get("mail_lang")).isEqualTo("zh");
            assertThat((String) row.get("subject")).startsWith("【产品质量监督抽查】");
        });
        // a row queued before V5_190: its text only
        jdbc.update("INSERT INTO sys_mail_outbox (username, address, subject, body, business_key, dedup_key, created_at, attempts)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0)", "officer", "officer@example.org", "【产品质量监督抽查】旧的邮件主题",
                "正文", c.caseCode(), "texts17-old-" + c.caseCode(), Timestamp.from(Instant.now()));

        Browserless officer = new Browserless(port, "officer");
        List<String[]> en = rows(officer.get("/cases/" + c.caseCode() + "?lang=en").body(), "MAIL");
        assertThat(en).hasSize(stored.size() + 1);
        List<String[]> keyed = en.stream().filter(r -> !r[0].equals("e-mail written in Chinese")).toList();
        assertThat(keyed).hasSize(stored.size()).allSatisfy(r -> {
            assertThat(r[0]).startsWith("[Product quality spot check] Result notice (");
            assertThat(HAN.matcher(r[0]).find()).as(r[0]).isFalse();
            assertThat(r[1]).isEqualTo("sent in Chinese");
        });
        assertThat(en).filteredOn(r -> r[0].equals("e-mail written in Chinese")).hasSize(1);

        List<String[]> zh = rows(officer.get("/cases/" + c.caseCode() + "?lang=zh").body(), "MAIL");
        assertThat(zh).hasSize(stored.size() + 1).allSatisfy(r -> assertThat(r[1]).isEmpty());
        assertThat(zh.stream().map(r -> r[0]).toList()).containsAll(stored.stream().map(r -> (String) r.get("subject")).toList())
                .contains("【产品质量监督抽查】旧的邮件主题");
    }

    @Test
    void custodyNotesKeepTheirMessageAndOldNotesReadThroughThePatterns() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        String caseCode = spotCheck.approvedCase(spotCheck.submittedPlan("TISSUE_PAPER", "320104"));
        String seal = spotCheck.sampled(caseCode);
        spotCheck.received(caseCode, seal); // the lab writes no note: the step's 入库
        String backup = seal.substring(0, seal.length() - 2) + "-B";
        long recordId = jdbc.queryForObject("SELECT id FROM smp_sampling_record WHERE task_code = ?", Long.class, caseCode);
        Map<String, String> keys = new java.util.HashMap<>();
        jdbc.query("SELECT event_type, note_key FROM smp_custody_event WHERE record_id = ?",
                rs -> { keys.put(rs.getString(1), rs.getString(2)); }, recordId);
        assertThat(keys).containsEntry("SEALED", "stored.custody.sealed").containsEntry("HANDED_OVER", "stored.custody.handedOver")
                .containsEntry("BACKUP_KEPT", "stored.custody.backupKept").containsEntry("CONFIRMED", "stored.custody.confirmedOnPaper")
                .containsValue("stored.receipt.accepted");
        // the API's view carries the message too
        long sampleId = recordId;
        JsonNode custody = api.get("planner", "/api/samples/" + sampleId).json().get("custody");
        assertThat(custody.valueStream().map(e -> e.get("message").isNull() ? null : e.get("message").get("key").asString()))
                .contains("stored.custody.sealed", "stored.custody.confirmedOnPaper");
        // a note stored before V2_40: its text only
        jdbc.update("INSERT INTO smp_custody_event (record_id, event_type, portion_kind, actor, note, occurred_at) VALUES (?, ?, ?, ?, ?, ?)",
                recordId, "SEALED", "BOTH", "system", "封样：检验样品 OLD-T，备用样品 OLD-B", Timestamp.from(Instant.now()));
        // a paper confirmation stored before V2_40, with the photo's system id (brief fix17: no id in front of people)
        jdbc.update("INSERT INTO smp_custody_event (record_id, event_type, actor, note, occurred_at) VALUES (?, ?, ?, ?, ?)",
                recordId, "CONFIRMED", "system", "纸质抽样单由 李老板 签字确认（照片 #987654）", Timestamp.from(Instant.now()));

        Browserless planner = new Browserless(port, "planner");
        String en = planner.get("/cases/" + caseCode + "?lang=en").body();
        // the lab in the page's language: its English name on the English page (brief bil17), its Chinese name on the Chinese
        String lab = names.org("LAB1", java.util.Locale.ENGLISH);
        String labZh = names.org("LAB1", java.util.Locale.CHINESE);
        assertThat(en).contains("Sealed: test sample " + seal + ", backup sample " + backup)
                .contains("Sent to the testing lab " + lab).contains("Backup sample sealed and kept at the enterprise ")
                .contains("Paper sampling form signed by 王经理 (see the photo of the signed form)")
                .contains("Paper sampling form signed by 李老板 (see the photo of the signed form)")
                .contains("Sealed: test sample OLD-T, backup sample OLD-B").doesNotContain("photo #").doesNotContain("987654")
                .doesNotContain("封样").doesNotContain("送往承检机构").doesNotContain("签字确认").doesNotContain("入库");
        String zh = planner.get("/cases/" + caseCode + "?lang=zh").body();
        assertThat(zh).contains("封样：检验样品 " + seal + "，备用样品 " + backup).contains("送往承检机构 " + labZh)
                .contains("纸质抽样单由 王经理 签字确认（见签字照片）").contains("纸质抽样单由 李老板 签字确认（见签字照片）")
                .doesNotContain("照片 #").doesNotContain("987654").contains("封样：检验样品 OLD-T，备用样品 OLD-B").contains("入库");
    }

    @Test
    void theBackupsHandOverToTheRetestLabKeepsItsMessage() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), java.time.LocalDate.now(ResultHandlingFlow.CHINA));
        assertThat(flow.object(c, List.of("TP-07")).status()).isEqualTo(204);
        flow.decideObjection(c, "ACCEPT", "受理复检申请");
        String backupSeal = flow.backupSeal(c);
        assertThat(flow.sampleOf(c.caseCode()).get("custody").valueStream()
                .filter(e -> e.get("portion").asString().equals("BACKUP") && e.get("eventType").asString().equals("HANDED_OVER"))
                .map(e -> e.get("message").get("key").asString())).containsExactly("stored.backup.handedOver");
        String lab2 = names.org("LAB2", java.util.Locale.ENGLISH);
        String lab2Zh = names.org("LAB2", java.util.Locale.CHINESE);

        Browserless officer = new Browserless(port, "officer");
        String en = officer.get("/cases/" + c.caseCode() + "?lang=en").body();
        assertThat(en).contains("Backup portion (seal " + backupSeal + ", ").contains(") handed over to the re-test lab " + lab2)
                .doesNotContain("移交复检机构").doesNotContain("原封存于企业").doesNotContain("原存承检机构");
        String zh = officer.get("/cases/" + c.caseCode() + "?lang=zh").body();
        assertThat(zh).contains("备用样品（封条 " + backupSeal + "，原").contains("）移交复检机构 " + lab2Zh);
    }

    @Test
    void thePlansIssueAndCountersignLinesKeepTheirMessageAndOldLinesReadThroughThePatterns() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        JsonNode plan = spotCheck.submittedPlan("TISSUE_PAPER", "320104");
        String code = plan.get("code").asString();
        long planId = plan.get("id").asLong();
        assertThat(CountersignTest.review(api, code, List.of("officer", "enforcer")).status()).isEqualTo(204);
        assertThat(CountersignTest.countersign(api, "officer", code, "APPROVE", null).status()).isEqualTo(204);
        assertThat(CountersignTest.countersign(api, "enforcer", code, "APPROVE", "无意见").status()).isEqualTo(204);
        spotCheck.decide("plan-approver", code, "approvePlan", "APPROVE", "同意下达");
        assertThat(api.get("planner", "/api/plans/" + planId).json().get("status").asString()).isEqualTo("ISSUED");

        JsonNode events = api.get("planner", "/api/plans/" + planId).json().get("events");
        assertThat(events.valueStream().filter(e -> !e.get("message").isNull()).map(e -> e.get("message").get("key").asString()))
                .containsExactly("stored.countersign.passed", "stored.plan.issued");
        // a line stored before V1_80: its text only
        jdbc.update("INSERT INTO pln_plan_event (plan_id, action, actor, comment, occurred_at) VALUES (?, ?, ?, ?, ?)",
                planId, "COUNTERSIGN_FAILED", "system", "会签 3 人：同意 1，不同意 2，须同意 3，未通过，退回编制人", Timestamp.from(Instant.now()));

        Browserless planner = new Browserless(port, "planner");
        String en = planner.get("/plans/" + planId + "?lang=en").body();
        assertThat(en).contains("Countersign by 2: 2 agreed, 0 disagreed, 2 needed: passed").contains("Spot-check tasks: 1")
                .contains("Countersign by 3: 1 agreed, 2 disagreed, 3 needed: not passed, back to the drafter")
                .doesNotContain("会签 2 人").doesNotContain("抽查任务");
        String zh = planner.get("/plans/" + planId + "?lang=zh").body();
        assertThat(zh).contains("会签 2 人：同意 2，不同意 0，须同意 2，通过").contains("抽查任务 1 项")
                .contains("会签 3 人：同意 1，不同意 2，须同意 3，未通过，退回编制人");
    }
}
