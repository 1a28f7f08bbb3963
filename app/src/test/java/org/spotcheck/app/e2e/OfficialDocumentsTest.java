package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.DocumentNumbers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17.3: the official documents in the layouts authorities and labs print (ADR 0021). Each PDF is read
 * back with PDFBox: its 文号 (宁市监抽〔2026〕12号), the parties' full names and addresses, people by their real
 * names and never their usernames, no English, 第 x 页 共 y 页, and the notice previewed before it is served.
 * The PDFs are kept under target/documents to be looked at (pdftoppm -png).
 */
class OfficialDocumentsTest extends ResultHandlingE2e {

    private static final Pattern NOTICE_NO = Pattern.compile("宁市监抽〔(\\d{4})〕(\\d+)号");
    private static final Pattern ORDER_NO = Pattern.compile("宁市监责改〔(\\d{4})〕(\\d+)号");
    private static final Pattern REFERRAL_NO = Pattern.compile("宁市监移〔(\\d{4})〕(\\d+)号");
    /** The demo accounts whose usernames must never be printed. */
    private static final List<String> USERNAMES = List.of("officer", "enforcer", "sampler-a", "sampler-b", "sampler-c", "sampler-d",
            "lab1-tester", "lab1-reviewer", "lab1-approver", "enterprise-b");

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    /** The extracted texts as printed, by their form without white space. */
    private final java.util.Map<String, String> raw = new java.util.HashMap<>();

    @Test
    void theNoticeIsPreviewedThenServedWithItsNumberTheOrderAndTheReferralFollowAndEveryDocumentReadsAsPrinted() throws Exception {
        int year = LocalDate.now(ResultHandlingFlow.CHINA).getYear();
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());

        // the officer previews the notice before serving it: marked 预览, no number yet
        String preview = text("officer", "/api/disposal/cases/" + c.caseId() + "/notice-preview.pdf", "notice-preview");
        assertThat(preview).contains("检验结果通知书").contains("预览").contains("文号于送达时编定").contains("南京白云纸业有限公司")
                .contains("南京市秦淮区中华路166号").contains("第1页共1页");
        assertThat(NOTICE_NO.matcher(preview).find()).as("no number before service").isFalse();
        // issue 17.3: the officer's 送达 task page offers that preview before he serves the notice, at the page's address of it
        String serveTask = api.taskId("officer", c.caseCode(), "serveNotice");
        Browserless officerPages = new Browserless(port, "officer");
        assertThat(officerPages.get("/tasks/" + serveTask).body()).containsPattern("id=\"notice-preview\"[^>]*href=\"/disposal/cases/"
                + c.caseId() + "/notice-preview\\.pdf\"[^>]*>预览通知书<");
        assertThat(officerPages.get("/tasks/" + serveTask + "?lang=en").body()).contains(">Preview the notice<");
        assertThat(officerPages.get("/disposal/cases/" + c.caseId() + "/notice-preview.pdf").status()).isEqualTo(200);
        // only an officer previews; the enterprise sees nothing before service
        assertThat(api.get(c.enterprise(), "/api/disposal/cases/" + c.caseId() + "/notice-preview.pdf").status()).isEqualTo(403);
        assertThat(api.get("officer", "/api/disposal/cases/" + c.caseId() + "/notice.pdf").status()).isEqualTo(409);

        flow.serve(c, LocalDate.now(ResultHandlingFlow.CHINA), "IN_PERSON");
        String notice = text(c.enterprise(), "/api/disposal/cases/" + c.caseId() + "/notice.pdf", "notice");
        Matcher number = NOTICE_NO.matcher(notice);
        assertThat(number.find()).as(notice).isTrue();
        assertThat(Integer.parseInt(number.group(1))).isEqualTo(year);
        assertThat(notice).contains("南京市市场监督管理局").contains("南京白云纸业有限公司：").contains("南京市秦淮区中华路166号")
                .contains("江苏省产品质量监督检验研究院").contains("不合格（一般不合格）").contains("十五日内").contains("（印章）")
                .contains("第1页共1页").doesNotContain("预览");
        // the number stays the document's: printed the same on every download
        assertThat(text("officer", "/api/disposal/cases/" + c.caseId() + "/notice.pdf", "notice-again")).contains(number.group());
        // a later notice of the same authority and year takes the next number
        ResultHandlingFlow.Case next = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        Matcher nextNumber = NOTICE_NO.matcher(text("officer", "/api/disposal/cases/" + next.caseId() + "/notice.pdf", "notice-next"));
        assertThat(nextNumber.find()).isTrue();
        assertThat(Integer.parseInt(nextNumber.group(2))).isGreaterThan(Integer.parseInt(number.group(2)));

        // rectification ordered as a serious quality problem: the order and the referral letter, each numbered
        flow.fireTimer(c, "objectionWindowClosed");
        flow.orderRectification(c, true);
        String order = text(c.enterprise(), "/api/disposal/cases/" + c.caseId() + "/rectification-notice.pdf", "rectification-order");
        assertThat(ORDER_NO.matcher(order).find()).as(order).isTrue();
        assertThat(order).contains("责令整改通知书").contains("南京白云纸业有限公司").contains("南京市秦淮区中华路166号")
                .contains("承办人：何静").contains("第1页共1页");
        JsonNode referral = api.get("enforcer", "/api/disposal/referrals").json().valueStream()
                .filter(r -> r.get("taskCode").asString().equals(c.caseCode())).findFirst().orElseThrow();
        String letter = text("enforcer", "/api/disposal/referrals/" + referral.get("id").asLong() + "/letter.pdf", "referral-letter");
        assertThat(REFERRAL_NO.matcher(letter).find()).as(letter).isTrue();
        assertThat(letter).contains("案件移送函").contains("南京白云纸业有限公司").contains("南京市市场监督管理局").contains("第1页共1页");
        // walk 17h: a referral the workflow opens has no files of its own, and its 证据材料 read 无; it names the case's file
        assertThat(letter.replaceAll("\\s+", "")).contains("证据材料基本事实所列检验报告及本案抽样单").doesNotContain("证据材料无");
        assertThat(api.get(c.enterprise(), "/api/disposal/referrals/" + referral.get("id").asLong() + "/letter.pdf").status())
                .isEqualTo(403);

        // the test report and the sampling form
        String report = text("officer", reportPdfUrl(c.caseCode()), "test-report");
        assertThat(report).contains("检验报告").doesNotContain("TESTREPORT").contains("编制：周杰").contains("审核：吴敏").contains("批准：郑涛")
                .contains("南京市秦淮区中华路166号").contains("（检验检测专用章）").containsPattern("第1页共\\d页");
        JsonNode sample = flow.sampleOf(c.caseCode());
        String form = text(flow.spotCheck().samplers(c.caseCode()).get(0), "/api/samples/" + sample.get("id").asLong() + "/form.pdf",
                "sampling-form");
        assertThat(form).contains("产品质量监督抽查抽样单").contains("南京市市场监督管理局").contains("抽样单位（盖章）")
                // one page: the verification code (issue 17.3) sits beside the title, not in a block of its own
                .contains("被抽样单位（签字、盖章）").contains("扫码核验本抽样单").contains("第1页共1页");
        for (String sampler : flow.spotCheck().samplers(c.caseCode())) {
            assertThat(form).as("the sampler's name, not " + sampler).doesNotContain(sampler);
        }

        // issue 17.3: the sampling form and the referral letter carry a QR code to their own public verification page,
        // read here from the rendered page as a phone would; the page needs no login and refuses a changed digest
        String formUrl = qrUrl("sampling-form");
        assertThat(formUrl).contains("/public/sampling-forms/verify?no=" + sample.get("sampleCode").asString() + "&hash=");
        assertThat(publicPage(formUrl)).contains("data-genuine=\"true\"").contains("真实有效").contains(sample.get("sampleCode").asString())
                .contains("南京市市场监督管理局");
        // the English page names the product in English (it showed the form's Chinese name)
        assertThat(publicPage(formUrl + "&lang=en")).contains("id=\"verify-product\">Tissue paper").doesNotContain(">纸巾纸<");
        assertThat(publicPage(formUrl.replaceFirst("hash=.", "hash=" + (formUrl.matches(".*hash=0.*") ? "1" : "0"))))
                .contains("data-genuine=\"false\"").contains("无法核验");
        String letterUrl = qrUrl("referral-letter");
        Matcher letterNo = REFERRAL_NO.matcher(letter);
        assertThat(letterNo.find()).isTrue();
        assertThat(java.net.URLDecoder.decode(letterUrl, java.nio.charset.StandardCharsets.UTF_8))
                .contains("/public/referrals/verify?no=" + letterNo.group() + "&hash=");
        assertThat(publicPage(letterUrl)).contains("data-genuine=\"true\"").contains(letterNo.group()).contains("南京市市场监督管理局")
                .contains("严重质量问题").doesNotContain("南京白云纸业有限公司");
        assertThat(publicPage(letterUrl + "&lang=en")).contains("Genuine").contains("Serious quality problem");
        assertThat(publicPage(letterUrl.replaceFirst("hash=[0-9a-f]{8}", "hash=00000000"))).contains("data-genuine=\"false\"");
        assertThat(letter).contains("扫描二维码，可核验本移送函");
        assertThat(form).contains("扫码核验本抽样单");

        for (String document : List.of(preview, notice, order, letter, report, form)) {
            assertThat(document).as("people by name, not username").doesNotContain(USERNAMES.toArray(String[]::new));
            assertThat(english(document)).as("no English words").isEmpty();
            // issue 17.3, second look: no system id on a document (the form printed 照片 #10 for the signed page's photo)
            assertThat(document).as("no internal id").doesNotContainPattern("#\\d");
        }
        assertThat(form).contains("签字照片已存档");

        // second look (docs17c): the dates are Beijing's (the notice is served and the report issued today in Beijing)
        LocalDate beijing = LocalDate.now(ResultHandlingFlow.CHINA);
        String today = beijing.getYear() + "年" + beijing.getMonthValue() + "月" + beijing.getDayOfMonth() + "日";
        assertThat(notice).contains(today);
        assertThat(report).contains("签发日期" + today);
        // the form's times as a Chinese form writes them, in Beijing time (it printed 2026-12-08 03:06)
        assertThat(form).containsPattern("抽样时间" + today + "\\d{2}:\\d{2}").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}\\d{2}:");
        // a form's label is never cut over two lines in its column (样品单价 / 支付金额 wrapped its last character)
        assertThat(raw.get(form).lines().filter(l -> l.contains("支付金额")).toList()).singleElement().asString().contains("样品单价");
        // every page numbered; the signatures, the seal and the QR code on one page, the last, with text of the body on it
        java.util.Map<String, String> bodyOnLastPage = java.util.Map.of("notice-preview", "送达方式", "notice", "送达方式",
                "rectification-order", "依据：", "referral-letter", "请依法查处", "test-report", "单项判定", "sampling-form", "企业确认");
        java.util.Map<String, String> closing = java.util.Map.of("notice-preview", "（印章）", "notice", "（印章）", "rectification-order",
                "承办人：何静", "referral-letter", "（印章）", "test-report", "编制：周杰", "sampling-form", "抽样人员（签字）");
        for (String name : bodyOnLastPage.keySet()) {
            List<String> pages = KeptPdfs.pages(name);
            for (int n = 1; n <= pages.size(); n++) {
                assertThat(pages.get(n - 1)).as(name + " page " + n).contains("第" + n + "页共" + pages.size() + "页");
            }
            String last = pages.get(pages.size() - 1);
            assertThat(last).as(name + ", last page").contains(bodyOnLastPage.get(name), closing.get(name)).containsPattern("扫描二维码|扫码核验");
            for (int n = 1; n < pages.size(); n++) {
                assertThat(pages.get(n - 1)).as(name + " page " + n).doesNotContain(closing.get(name)).doesNotContainPattern("扫描二维码");
            }
        }
    }

    @Test
    void numbersAreNeverSharedWhenDocumentsAreIssuedAtTheSameMoment() throws Exception {
        String authority = "AUTH-T" + System.nanoTime() % 1_000_000;
        int threads = 6;
        int each = 5;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    together.await();
                    for (int i = 0; i < each; i++) {
                        mine.add(transactions.execute(tx -> numbers.allocate(authority, DocumentNumbers.Kind.RESULT_NOTICE, 2026)));
                    }
                    return mine;
                }));
            }
            List<String> all = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<String>> r : results) {
                all.addAll(r.get());
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(threads * each);
            // an authority without a registered prefix is numbered by its code; numbers run 1…n without a gap here
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= threads * each; n++) {
                expected.add(authority + "抽〔2026〕" + n + "号");
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
        // a number rolled back with its document is not given twice either: the next one follows the last given
        transactions.executeWithoutResult(tx -> {
            numbers.allocate(authority, DocumentNumbers.Kind.RESULT_NOTICE, 2026);
            tx.setRollbackOnly();
        });
        assertThat(allocate(authority, DocumentNumbers.Kind.RESULT_NOTICE, 2026))
                .isEqualTo(authority + "抽〔2026〕" + (threads * each + 1) + "号");
        // another kind or year starts its own sequence
        assertThat(allocate(authority, DocumentNumbers.Kind.REFERRAL, 2026)).isEqualTo(authority + "移〔2026〕1号");
        assertThat(allocate(authority, DocumentNumbers.Kind.RESULT_NOTICE, 2027))
                .isEqualTo(authority + "抽〔2027〕1号");
    }

    private String allocate(String authority, DocumentNumbers.Kind kind, int year) {
        return transactions.execute(tx -> numbers.allocate(authority, kind, year));
    }

    /** Latin words of four letters or more, outside the lines of the printed verification address. */
    private List<String> english(String compact) {
        String text = raw.get(compact);
        String withoutUrls = text.lines().filter(l -> !l.strip().matches("[A-Za-z0-9:/?&=.%_-]+")).reduce("", (a, b) -> a + "\n" + b)
                .replaceAll("https?://\\S+", "");
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![A-Za-z0-9-])[A-Za-z]{4,}(?![A-Za-z0-9])").matcher(withoutUrls);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private String reportPdfUrl(String caseCode) {
        Api.Response timeline = api.get("officer", "/api/cases/" + caseCode);
        assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
        return timeline.get("entries").valueStream()
                .filter(e -> "DOCUMENT".equals(e.get("source").asString()) && "REPORT_PDF".equals(e.get("kind").asString()))
                .map(e -> e.get("url").asString()).findFirst().orElseThrow(() -> new AssertionError(timeline.body()));
    }

    /**
     * The address in the QR code of a PDF kept under target/documents, read from its pages rendered at 200 dpi (also kept
     * there as PNG, to be looked at).
     */
    private static String qrUrl(String name) throws IOException {
        Path dir = Path.of("target", "documents");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(dir.resolve(name + ".pdf")))) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int page = doc.getNumberOfPages() - 1; page >= 0; page--) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page, 200);
                javax.imageio.ImageIO.write(image, "png", dir.resolve(name + "-" + (page + 1) + ".png").toFile());
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                try {
                    return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                            new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(image.getWidth(),
                                    image.getHeight(), pixels))), java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();
                } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                    // not on this page
                }
            }
        }
        throw new AssertionError("no QR code in " + name);
    }

    /** A public page for the address in a QR code, opened without logging in (its path on this server). */
    private String publicPage(String url) {
        WebClient visitor = new WebClient(port);
        WebClient.Reply reply = visitor.get(url.replaceFirst("^https?://[^/]+", ""));
        assertThat(reply.status()).as(url).isEqualTo(200);
        return reply.body();
    }

    /** The PDF's text without white space (lines wrap anywhere), the PDF kept under target/documents. */
    private String text(String user, String path, String name) throws IOException {
        byte[] pdf = api.getBytes(user, path);
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            String compact = text.replaceAll("\\s+", "");
            raw.put(compact, text);
            return compact;
        }
    }
}
