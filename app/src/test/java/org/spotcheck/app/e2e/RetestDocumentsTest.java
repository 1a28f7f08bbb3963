package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The re-test's documents say 复检 (issue 17): the lab sample of the backup portion is marked as the re-test when the
 * re-test is opened (V3_190), and its report reads so on the PDF (检验报告（复检）, 检验类别 监督抽查复检), the lab's
 * 样品与报告 page, the public verify page and the case page; the first test's documents do not. The PDFs are kept
 * under target/documents to be looked at (pdftoppm -png -r 80).
 */
class RetestDocumentsTest extends ResultHandlingE2e {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRetestIsMarkedWhenItIsOpenedAndItsReportSaysRetestWhereTheFirstReportDoesNot() throws IOException {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        assertThat(flow.object(c, List.of("TP-07")).status()).isEqualTo(204);
        flow.decideObjection(c, "ACCEPT", "受理复检申请");

        // the backup portion is registered at the re-test lab as the re-test, before anyone reads a report of it
        Map<String, Boolean> flags = retestFlags(c.caseCode());
        assertThat(flags).containsEntry("LAB1", false).containsEntry("LAB2", true);
        JsonNode atLab2 = api.get("lab2-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(c.caseCode())).findFirst().orElseThrow();
        assertThat(atLab2.get("retest").asBoolean()).isTrue();

        flow.labTested(c, "lab2", "YP-" + c.caseCode(), flow.backupSeal(c), Map.of("TP-07", "91.5"));
        JsonNode first = report(c.caseCode(), "lab1");
        JsonNode retest = report(c.caseCode(), "lab2");
        assertThat(first.get("retest").asBoolean()).isFalse();
        assertThat(retest.get("retest").asBoolean()).isTrue();

        // the PDFs: the title keeps 检验报告 with （复检） after it, and the cover's 检验类别 says which test it is
        String retestPdf = pdfText("officer", retest, "retest-report");
        assertThat(retestPdf).contains("检验报告（复检）").contains("检验类别监督抽查复检").contains(retest.get("reportNo").asString());
        String firstPdf = pdfText("officer", first, "first-report");
        assertThat(firstPdf).contains("检验报告").contains("检验类别监督抽查").doesNotContain("复检");
        // issue 17.3 (docs17c): the short re-test report put its QR block alone on page 2. The verification block stays with
        // the signatures and the seal on the last page, and that page carries the report's text too: the items' table (its
        // header repeated over the row that moved with them). The first report alike.
        for (String name : List.of("retest-report", "first-report")) {
            List<String> pages = KeptPdfs.pages(name);
            String last = pages.get(pages.size() - 1);
            assertThat(last).as(name + ", last of " + pages.size() + " pages").contains("扫描二维码或访问以下地址", "编制：", "批准：", "（检验检测专用章）",
                    "单项判定", "第" + pages.size() + "页共" + pages.size() + "页");
            for (int n = 1; n < pages.size(); n++) {
                assertThat(pages.get(n - 1)).as(name + " page " + n).doesNotContain("扫描二维码", "编制：").contains("第" + n + "页共" + pages.size() + "页");
            }
        }
        assertThat(KeptPdfs.pages("retest-report").get(KeptPdfs.pages("retest-report").size() - 1)).contains("亮度（白度）B类≤90%91.5%不符合");

        // the lab's 样品与报告 page marks the re-test; the first lab's page does not
        String lab2Page = new Browserless(port, "lab2-tester").get("/lab-samples").body();
        assertThat(row(lab2Page, retest.get("labSampleId").asLong())).contains("lab-sample-retest").contains(">复检<");
        assertThat(row(new Browserless(port, "lab2-tester").get("/lab-samples?lang=en").body(), retest.get("labSampleId").asLong()))
                .contains(">Re-test<");
        String lab1Page = new Browserless(port, "lab1-tester").get("/lab-samples").body();
        assertThat(row(lab1Page, first.get("labSampleId").asLong())).doesNotContain("lab-sample-retest");

        // the public verify page that the QR code opens names the kind of test
        assertThat(verifyPage(retest)).contains("id=\"verify-kind\">监督抽查复检<");
        assertThat(verifyPage(first)).contains("id=\"verify-kind\">监督抽查<");
        assertThat(api.get(null, "/api/public/reports/verify?no=" + retest.get("reportNo").asString() + "&hash="
                + retest.get("contentHash").asString()).json().get("retest").asBoolean()).isTrue();

        // the case page names the re-test's report as such
        assertThat(new Browserless(port, "officer").get("/cases/" + c.caseCode()).body())
                .contains("检验报告（复检） " + retest.get("reportNo").asString()).contains("检验报告 " + first.get("reportNo").asString());

        // what the documents say is the stored mark, not a count of the sample's earlier lab samples at every read
        jdbc.update("UPDATE tst_lab_sample SET retest = FALSE WHERE id = ?", retest.get("labSampleId").asLong());
        assertThat(api.get("lab2-tester", "/api/reports/" + retest.get("id").asLong()).json().get("retest").asBoolean()).isFalse();

        // the migration's backfill marks a lab sample registered before the mark existed by the earlier one of its code
        backfill();
        assertThat(retestFlags(c.caseCode())).containsEntry("LAB1", false).containsEntry("LAB2", true);
        assertThat(api.get("lab2-tester", "/api/reports/" + retest.get("id").asLong()).json().get("retest").asBoolean()).isTrue();
    }

    /** The re-test mark of the case's lab samples by lab (the first test at LAB1, the re-test at LAB2). */
    private Map<String, Boolean> retestFlags(String caseCode) {
        Map<String, Boolean> flags = new java.util.HashMap<>();
        jdbc.query("SELECT lab_code, retest FROM tst_lab_sample WHERE task_code = ?", rs -> {
            flags.put(rs.getString(1), rs.getBoolean(2));
        }, caseCode);
        return flags;
    }

    /** Runs the UPDATE of V3_190 as the migration ran it on the rows that existed then. */
    private void backfill() throws IOException {
        String migration = new ClassPathResource("db/migration/testing/V3_190__testing_lab_sample_retest_flag.sql")
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
        String update = Arrays.stream(migration.split(";")).map(String::strip).filter(s -> s.startsWith("UPDATE")).findFirst()
                .orElseThrow();
        assertThat(jdbc.update(update)).isPositive();
    }

    /** The case's issued report of a lab, as its lab reads it. */
    private JsonNode report(String caseCode, String lab) {
        JsonNode sample = api.get(lab + "-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        return api.get(lab + "-tester", "/api/lab-samples/" + sample.get("id").asLong() + "/reports").json().valueStream()
                .filter(r -> "ISSUED".equals(r.get("status").asString())).reduce((a, b) -> b).orElseThrow();
    }

    /** The report's PDF text without white space, the PDF kept under target/documents. */
    private String pdfText(String user, JsonNode report, String name) throws IOException {
        byte[] pdf = api.getBytes(user, "/api/reports/" + report.get("id").asLong() + "/pdf");
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private String verifyPage(JsonNode report) {
        WebClient.Reply reply = new WebClient(port).get("/public/reports/verify?no=" + report.get("reportNo").asString() + "&hash="
                + report.get("contentHash").asString());
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    /** The row of a lab sample on the 样品与报告 page. */
    private static String row(String page, long labSampleId) {
        int start = page.indexOf("id=\"lab-sample-" + labSampleId + "\"");
        assertThat(start).as("row of lab sample " + labSampleId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
