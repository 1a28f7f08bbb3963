package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Sampling (issue 4): outcomes, confirmation, uploads, the duplicate guard and custody to the lab. */
class SamplingTest extends SpotCheckE2e {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    org.flowable.engine.ManagementService management;

    @Autowired
    org.flowable.engine.RuntimeService runtime;

    @Test
    void aRefusalNeedsEvidenceAndTheExplainedConsequencesThenOpensAReferralForEnforcement() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String a = drawn.get(0);
        String b = drawn.get(1);
        String task = api.taskId(a, caseCode, "recordSampling");
        Map<String, Object> refusal = new LinkedHashMap<>();
        refusal.put("outcome", "REFUSED");
        refusal.put("reason", "REFUSED_BY_ENTERPRISE");
        refusal.put("refusedByName", "赵总");
        refusal.put("refusedByPosition", "总经理");
        refusal.put("note", "出示抽查通知书后企业负责人拒绝抽样");
        refusal.put("evidenceIds", List.of());
        refusal.put("samplers", drawn);
        Api.Response noEvidence = api.complete(a, task, refusal);
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.errorFields()).contains("evidenceIds");

        long photo = api.upload(a, caseCode, "EVIDENCE", "现场.png", "image/png", Api.PNG).get("id").asLong();
        long notice = api.upload(a, caseCode, "EVIDENCE", "抽查通知书送达回证.pdf", "application/pdf", pdfOfPages(3)).get("id").asLong();
        refusal.put("evidenceIds", List.of(photo, notice));
        Api.Response notExplained = api.complete(a, task, refusal);
        assertThat(notExplained.status()).isEqualTo(400);
        assertThat(notExplained.errorFields()).containsExactly("consequencesExplained");

        refusal.put("consequencesExplained", true);
        assertThat(api.complete(a, task, refusal).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_sampling_record WHERE task_code = ?", Integer.class, caseCode)).isZero();

        // R18 / Product Quality Law art. 56: the refusal goes to enforcement with its evidence
        String referralTask = api.taskId("enforcer", caseCode, "handleReferral");
        assertThat(referralTask).isNotNull();
        assertThat(api.taskId("officer", caseCode, "handleReferral")).isNull();
        JsonNode referral = api.get("enforcer", "/api/tasks/" + referralTask).get("context").get("referral");
        assertThat(referral.get("reason").asString()).isEqualTo("REFUSED_SAMPLING");
        assertThat(referral.get("facts").asString()).contains("赵总").contains("拒绝抽样");
        // the samplers by their real names, as the 抽样单 names them, never by username (issue 17)
        for (String sampler : drawn) {
            assertThat(referral.get("facts").asString()).doesNotContain(sampler).contains(realName(sampler));
        }
        assertThat(referral.get("evidenceIds").get(0).asLong()).isEqualTo(photo);
        assertThat(api.get("enforcer", "/api/attachments/" + photo).status()).isEqualTo(200);
        // the 移送函 lists its evidence as an official letter does (GB/T 9704-2012 7.3.5): 附件：1. <file name>（N 页/份）,
        // a PDF with its page count, never the system's id (walk 17); the samplers by their real names
        byte[] letterPdf = api.getBytes("enforcer", "/api/disposal/referrals/" + referral.get("id").asLong() + "/letter.pdf");
        String letter;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(letterPdf)) {
            // kept to be looked at (pdftoppm -png), as OfficialDocumentsTest keeps its documents
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "referral-letter-with-evidence.pdf"), letterPdf);
            letter = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(letter).contains("附件：1.现场.png（1份）2.抽查通知书送达回证.pdf（3页）").contains("见附件（共2件）")
                .doesNotContain("系统证据编号").doesNotContain("证据编号" + photo);
        for (String sampler : drawn) {
            assertThat(letter).doesNotContain(sampler).contains(realName(sampler));
        }

        assertThat(api.complete("enforcer", referralTask, Map.of("decision", "NO_ACTION")).status()).isEqualTo(400);
        assertThat(api.complete("enforcer", referralTask, Map.of("decision", "CASE_OPENED", "comment", "立案调查")).status())
                .isEqualTo(204);
        JsonNode timeline = api.get("planner", "/api/cases/" + caseCode).json();
        assertThat(timeline.get("ended").asBoolean()).isTrue();
        assertThat(api.get("enforcer", "/api/disposal/referrals/" + referral.get("id").asLong()).get("status").asString())
                .isEqualTo("CASE_OPENED");
    }

    /** The sampler's name as documents print it: his display name without the post (抽样员 张伟 → 张伟). */
    private String realName(String username) {
        String display = jdbc.queryForObject("SELECT display_name FROM sys_user WHERE username = ?", String.class, username);
        String[] words = display.strip().split("\\s+");
        return words[words.length - 1];
    }

    /** A PDF of blank pages, as a scanned document handed over as evidence. */
    static byte[] pdfOfPages(int pages) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aProductThatMayNotBeSampledEndsTheCaseWithItsReasonCode() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        long drawId = api.get("planner", "/api/spot-check-tasks/" + caseCode).get("enterpriseDrawId").asLong();
        assertThat(api.get(null, "/api/draws/" + drawId + "/verify").status()).as("not yet sampled").isEqualTo(409);
        List<String> drawn = flow.samplers(caseCode);
        String a = drawn.get(0);
        String b = drawn.get(1);
        String task = api.taskId(a, caseCode, "recordSampling");
        long photo = api.upload(a, caseCode, "EVIDENCE", "库存.jpg", "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'}).get("id").asLong();
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("outcome", "NOT_SAMPLABLE");
        visit.put("reason", "NO_STOCK"); // a NO_PRODUCT reason: does not fit
        visit.put("note", "库存仅 200 个，低于抽样基数");
        visit.put("evidenceIds", List.of(photo));
        visit.put("samplers", drawn);
        Api.Response wrongReason = api.complete(a, task, visit);
        assertThat(wrongReason.status()).isEqualTo(400);
        assertThat(wrongReason.errorFields()).containsExactly("reason");
        visit.put("reason", "STOCK_BELOW_BASE");
        assertThat(api.complete(a, task, visit).status()).isEqualTo(204);
        assertThat(api.get("planner", "/api/cases/" + caseCode).get("ended").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT reason_code FROM smp_non_sampling WHERE task_code = ?", String.class, caseCode))
                .isEqualTo("STOCK_BELOW_BASE");
        // closed without a sample: the draw is published and verifies (issue 12 point 2)
        assertThat(api.get(null, "/api/draws/" + drawId).get("revealed").asBoolean()).isTrue();
        assertThat(api.get(null, "/api/draws/" + drawId + "/verify").get("genuine").asBoolean()).isTrue();
    }

    @Test
    void theEnterpriseConfirmsOnlineOnlyWithItsPasswordAndOnlyItsOwnForm() {
        // tissue paper in 320100 is made only by ENT-A and ENT-B, who both have demo users
        String caseCode = flow.approvedCase(flow.submittedPlan("TISSUE_PAPER"));
        List<String> drawn = flow.samplers(caseCode);
        String a = drawn.get(0);
        String b = drawn.get(1);
        String task = api.taskId(a, caseCode, "recordSampling");
        Map<String, Object> form = SpotCheckFlow.samplingForm("TISSUE_PAPER", "TP" + System.nanoTime(), drawn);
        form.put("testQuantity", 12);
        form.put("backupQuantity", 3);
        assertThat(api.complete(a, task, form).status()).isEqualTo(204);
        String owner = api.get(a, "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow()
                .get("enterpriseCode").asString().equals("ENT-A") ? "enterprise-a" : "enterprise-b";
        String other = owner.equals("enterprise-a") ? "enterprise-b" : "enterprise-a";

        String confirm = api.taskId(owner, caseCode, "confirmSampling");
        assertThat(confirm).isNotNull();
        assertThat(api.taskId(other, caseCode, "confirmSampling")).isNull();
        assertThat(api.complete(other, confirm, Map.of("method", "ONLINE", "password", Api.PASSWORD, "acceptStatement", true))
                .status()).isEqualTo(404);

        Api.Response wrongPassword = api.complete(owner, confirm, Map.of("method", "ONLINE", "password", "guess", "acceptStatement", true));
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.errorFields()).containsExactly("password");
        Api.Response notAccepted = api.complete(owner, confirm, Map.of("method", "ONLINE", "password", Api.PASSWORD));
        assertThat(notAccepted.errorFields()).containsExactly("acceptStatement");

        // the page: the enterprise sees what was taken as recorded, no link it may not open, and a refused
        // confirmation never puts the typed password back into the HTML (all found walking the README)
        WebClient page = new WebClient(port);
        page.login(owner, Api.PASSWORD);
        WebClient.Reply confirmPage = page.get("/tasks/" + confirm);
        assertThat(confirmPage.body()).contains("抽取检验样品 12").contains("备用样品 3").doesNotContain("id=\"print-labels\"");
        WebClient.Reply refusedPage = page.postForm("/tasks/" + confirm + "/complete",
                WebClient.form("method", "ONLINE", "password", "Typed-Secret-42"), confirmPage.csrf());
        assertThat(refusedPage.status()).isEqualTo(200);
        assertThat(refusedPage.body()).containsPattern("id=\"(password|acceptStatement)-error\"").doesNotContain("Typed-Secret-42");

        assertThat(api.complete(owner, confirm, Map.of("method", "ONLINE", "password", Api.PASSWORD, "acceptStatement", true))
                .status()).isEqualTo(204);
        JsonNode sample = api.get(owner, "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        assertThat(sample.get("confirmation").get("method").asString()).isEqualTo("ONLINE");
        assertThat(sample.get("confirmation").get("statement").asString()).contains("确认样品系从本单位待销产品中随机抽取");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_COMMENT WHERE MESSAGE_ LIKE ?", Integer.class, "%" + Api.PASSWORD + "%"))
                .as("the password is never stored").isZero();
        assertThat(api.taskId("lab1-tester", caseCode, "receiveSample")).isNotNull();
    }

    @Test
    void aBrokenSealIsRejectedAtReceiptAndSentBackForReSampling() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String a = drawn.get(0);
        String b = drawn.get(1);
        String seal = flow.sampled(caseCode);
        String receive = api.taskId("lab1-tester", caseCode, "receiveSample");
        Api.Response noReason = api.complete("lab1-tester", receive, Map.of("sampleCode", "YP-" + caseCode,
                "testSealNumber", seal, "sealIntact", false, "accept", false));
        assertThat(noReason.errorFields()).containsExactly("rejectionReason");
        assertThat(api.complete("lab1-tester", receive, Map.of("sampleCode", "YP-" + caseCode, "testSealNumber", seal,
                "sealIntact", false, "accept", false, "rejectionReason", "检验样品封条断裂")).status()).isEqualTo(204);

        // the samplers get the sampling task again; the first sample's custody log ends with the rejection
        assertThat(api.taskId(a, caseCode, "recordSampling")).isNotNull();
        JsonNode first = api.get(a, "/api/samples").json().valueStream()
                .filter(s -> s.get("sampleCode").asString().equals("YP-" + caseCode)).findFirst().orElseThrow();
        assertThat(first.get("status").asString()).isEqualTo("REJECTED_AT_RECEIPT");
        assertThat(first.get("custody").valueStream().map(e -> e.get("eventType").asString()).toList())
                .containsExactly("SEALED", "HANDED_OVER", "BACKUP_KEPT", "CONFIRMED", "REJECTED_AT_RECEIPT");

        String seal2 = flow.sampled(caseCode);
        String receive2 = api.taskId("lab1-tester", caseCode, "receiveSample");
        assertThat(api.get("lab1-tester", "/api/tasks/" + receive2).get("context").get("labSample").get("sampleCode").asString())
                .isEqualTo("YP-" + caseCode + "-2");
        assertThat(api.complete("lab1-tester", receive2, Map.of("sampleCode", "YP-" + caseCode + "-2", "testSealNumber", seal2,
                "sealIntact", true)).status()).isEqualTo(204);
        assertThat(api.taskId("lab1-tester", caseCode, "enterResults")).isNotNull();
    }

    @Test
    void theSameProductKeyIsBlockedWithinSixMonthsAndAllowedAfter() {
        // an ordinary (not emergency) check of an enterprise of its own, so that only the sampling-time rule decides
        PlanTestSupport plans = new PlanTestSupport(api);
        String region = "3201" + (50 + System.nanoTime() % 50);
        plans.importEnterprises("planner", region, "PLASTIC_BAG", "SMALL");
        JsonNode plan = plans.draft("planner", PlanTestSupport.plan(List.of(PlanTestSupport.item("PLASTIC_BAG", region, "LAB1", 1))));
        plans.approveAll(plans.submit("planner", plan));
        String caseCode = plans.tasks("planner", plan, 1).get(0).get("code").asString();
        List<String> drawn = flow.samplers(caseCode);
        String a = drawn.get(0);
        String task = api.taskId(a, caseCode, "recordSampling");
        String creditCode = api.get(a, "/api/tasks/" + task).get("context").get("spotCheckTask")
                .get("enterpriseCreditCode").asString();
        String spec = "SPEC-" + System.nanoTime();
        LocalDate today = LocalDate.now(CHINA);
        // Order 18 art. 8: sampled by the same authority 6 months minus one day ago: blocked
        long earlier = insertEarlierSample(caseCode, creditCode, spec, today.minusMonths(6).plusDays(1));
        Map<String, Object> form = SpotCheckFlow.samplingForm("PLASTIC_BAG", "DUP" + System.nanoTime(), drawn);
        form.put("specification", spec);
        Api.Response blocked = api.complete(a, task, form);
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.rule()).isEqualTo("SAME_PRODUCT_WITHIN_6_MONTHS");
        assertThat(blocked.errorFields()).containsExactly("specification");

        // six months plus one day ago: allowed
        jdbc.update("UPDATE smp_sampling_record SET recorded_at = ? WHERE id = ?",
                Timestamp.from(today.minusMonths(6).minusDays(1).atTime(10, 0).atZone(CHINA).toInstant()), earlier);
        assertThat(api.complete(a, task, form).status()).isEqualTo(204);
    }

    @Test
    void onlineSamplingNeedsTheOrderDetailsAndKeepsBothPortionsAtTheLab() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String a = drawn.get(0);
        String b = drawn.get(1);
        String task = api.taskId(a, caseCode, "recordSampling");
        Map<String, Object> form = SpotCheckFlow.samplingForm("PLASTIC_BAG", "ON" + System.nanoTime(), drawn);
        form.put("channel", "E_COMMERCE");
        Api.Response missing = api.complete(a, task, form);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).contains("onlinePlatform", "orderNumber", "backupLocation", "photoIds");
        assertThat(missing.body()).as("the specific hint, not the generic 必填").contains("请填写电商平台").contains("请填写订单号");
        long screenshot = api.upload(a, caseCode, "SCREENSHOT", "order.png", "image/png", Api.PNG).get("id").asLong();
        form.put("onlinePlatform", "某电商平台");
        form.put("onlineShop", "绿洁旗舰店");
        form.put("buyerAccount", "buyer-0001");
        form.put("orderNumber", "ORD20261125001");
        form.put("backupLocation", "LAB");
        form.put("photoIds", List.of(screenshot));
        assertThat(api.complete(a, task, form).status()).isEqualTo(204);
        JsonNode sample = api.get(a, "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        assertThat(sample.get("online").get("orderNumber").asString()).isEqualTo("ORD20261125001");
        assertThat(sample.get("photos").valueStream().map(p -> p.get("kind").asString()).toList()).contains("SCREENSHOT");
    }

    @Test
    void uploadsAreCheckedByContentAndSizeAndStayInScope() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String a = drawn.get(0);
        String b = drawn.get(1);
        Api.Response disguised = api.upload(a, caseCode, "PHOTO", "photo.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.rule()).isEqualTo("INVALID_INPUT");
        assertThat(disguised.json().get("errors").get(0).get("rule").asString()).isEqualTo("FILE_TYPE_MISMATCH");
        Api.Response script = api.upload(a, caseCode, "PHOTO", "run.sh", "text/plain",
                "#!/bin/sh".getBytes(StandardCharsets.UTF_8));
        assertThat(script.json().get("errors").get(0).get("rule").asString()).isEqualTo("FILE_TYPE_NOT_ALLOWED");

        Api.Response lying = api.upload(a, caseCode, "PHOTO", "scan.jpg", "image/jpeg", Api.PNG);
        assertThat(lying.json().get("errors").get(0).get("rule").asString()).isEqualTo("FILE_TYPE_MISMATCH");
        Api.Response declaredWrong = api.upload(a, caseCode, "PHOTO", "scan.png", "image/jpeg", Api.PNG);
        assertThat(declaredWrong.json().get("errors").get(0).get("rule").asString()).isEqualTo("CONTENT_TYPE_MISMATCH");

        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(Api.PNG, 0, huge, 0, Api.PNG.length);
        Api.Response tooLarge = api.upload(a, caseCode, "PHOTO", "big.png", "image/png", huge);
        assertThat(tooLarge.json().get("errors").get(0).get("rule").asString()).isEqualTo("FILE_TOO_LARGE");

        assertThat(api.upload("lab1-tester", caseCode, "PHOTO", "p.png", "image/png", Api.PNG).status()).isEqualTo(403);
        JsonNode stored = api.upload(a, caseCode, "PHOTO", "../../etc/passwd.png", "image/png", Api.PNG).json();
        assertThat(stored.get("originalName").asString()).isEqualTo("passwd.png");
        long id = stored.get("id").asLong();
        Api.Response download = api.get(b, "/api/attachments/" + id);
        assertThat(download.status()).isEqualTo(200);
        assertThat(api.get("lab2-tester", "/api/attachments/" + id).status()).isEqualTo(404);
    }

    @Test
    void eachPortionGetsAPrintableQrLabelThatTheLabCanScanAtReceipt() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String a = drawn.get(0);
        String b = drawn.get(1);
        String seal = flow.sampled(caseCode);
        JsonNode sample = api.get(a, "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        Browserless sampler = new Browserless(port, a);
        Browserless.Page labels = sampler.get("/samples/" + sample.get("id").asLong() + "/labels");
        assertThat(labels.status()).isEqualTo(200);
        assertThat(labels.body()).contains("id=\"label-TEST\"").contains("id=\"label-BACKUP\"").contains("<svg")
                .contains("YP-" + caseCode).contains(seal);
        assertThat(new Browserless(port, "lab2-tester").get("/samples/" + sample.get("id").asLong() + "/labels").status())
                .isEqualTo(404);

        // the lab scans the test portion's label: code and seal come from the QR text
        String receive = api.taskId("lab1-tester", caseCode, "receiveSample");
        assertThat(api.complete("lab1-tester", receive, Map.of("sampleCode", "YP-" + caseCode + "|TEST|" + seal,
                "testSealNumber", "", "sealIntact", true)).status()).isEqualTo(400); // blank seal field is a bean error
        assertThat(api.complete("lab1-tester", receive, Map.of("sampleCode", "YP-" + caseCode + "|TEST|" + seal,
                "testSealNumber", seal, "sealIntact", true)).status()).isEqualTo(204);
    }

    @Test
    void theSamplingFormPdfCarriesItsChineseTextAsRealText() throws Exception {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String a = drawn.get(0);
        String b = drawn.get(1);
        flow.sampled(caseCode);
        JsonNode sample = api.get(a, "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        byte[] pdf = api.getBytes(a, "/api/samples/" + sample.get("id").asLong() + "/form.pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("抽样单").contains("塑料购物袋").contains(sample.get("enterpriseName").asString())
                .contains("YP-" + caseCode).contains("纸质签字");
        assertThat(api.get("lab2-tester", "/api/samples/" + sample.get("id").asLong() + "/form.pdf").status()).isEqualTo(404);
    }

    @Test
    void anUnconfirmedFormIsRemindedWhenItsDeadlinePasses() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        List<String> drawn = flow.samplers(caseCode);
        String a = drawn.get(0);
        String b = drawn.get(1);
        flow.sampledUnconfirmed(caseCode);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseCode).singleResult().getId();
        org.flowable.job.api.Job timer = management.createTimerJobQuery().processInstanceId(instance).singleResult();
        assertThat(timer).as("the confirmation deadline timer").isNotNull();
        // the workflow clock, not waiting: the timer becomes due and runs
        management.moveTimerToExecutableJob(timer.getId());
        management.executeJob(timer.getId());

        JsonNode sample = api.get(a, "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
        assertThat(sample.get("custody").valueStream().map(e -> e.get("eventType").asString()).toList())
                .contains("CONFIRMATION_REMINDER");
        // a non-interrupting reminder: the confirmation task is still open
        assertThat(api.taskId(b, caseCode, "confirmSampling")).isNotNull();
        // the enterprise gets an in-app reminder: it sees it, another enterprise does not
        String owner = sample.get("enterpriseCode").asString();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_notification WHERE recipient = ? AND business_key = ?",
                Integer.class, "ENTERPRISE:" + owner, caseCode)).isEqualTo(1);
        if (owner.equals("ENT-A") || owner.equals("ENT-B")) {
            String user = owner.equals("ENT-A") ? "enterprise-a" : "enterprise-b";
            String other = owner.equals("ENT-A") ? "enterprise-b" : "enterprise-a";
            assertThat(api.get(user, "/api/notifications").body()).contains(caseCode);
            assertThat(api.get(other, "/api/notifications").body()).doesNotContain(caseCode);
        }
    }

    private long insertEarlierSample(String caseCode, String creditCode, String spec, LocalDate sampledOn) {
        String code = "YP-EARLIER-" + System.nanoTime();
        jdbc.update("""
                INSERT INTO smp_sampling_record (sample_code, task_code, attempt, authority_code, lab_code, enterprise_code,
                  enterprise_name, enterprise_credit_code, enterprise_address, product_code, rule_id, outcome, channel,
                  product_name, trademark, specification, product_standard, stock_on_hand, test_quantity, backup_quantity,
                  quantity_unit, required_test_quantity, required_backup_quantity, test_seal_number, backup_seal_number,
                  backup_location, unit_price, amount_paid, samplers, status, recorded_by, recorded_at, row_version)
                VALUES (?, ?, 1, 'AUTH-320100', 'LAB1', 'X', '旧样品', ?, '地址', 'PLASTIC_BAG', 1, 'SAMPLED', 'PRODUCTION',
                  '塑料购物袋', '绿洁', ?, 'GB/T 21661-2020', '1000', 40, 20, '个', 40, 20, 'OLD-T', 'OLD-B', 'ENTERPRISE', 0.5, 30,
                  'sampler-a,sampler-b', 'RECEIVED', 'sampler-a', ?, 0)""",
                code, "OLD-" + caseCode, creditCode, spec, Timestamp.from(sampledOn.atTime(10, 0).atZone(CHINA).toInstant()));
        return jdbc.queryForObject("SELECT id FROM smp_sampling_record WHERE sample_code = ?", Long.class, code);
    }
}
