package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * After a final non-conforming result (Order 18 arts. 45–49): stop-sale, rectification with its
 * reminder, re-inspections with free samples through sampling and testing, escalation and
 * announcement, the day 60–90 window, suspension, licence revocation and enforcement referrals.
 */
class FailurePathTest extends ResultHandlingE2e {

    @Test
    void aRectificationOrderGivesSixtyDaysAndAnOverdueReportIsReminded() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        JsonNode ordered = flow.caseById("officer", c.caseId());
        LocalDate today = LocalDate.now(ResultHandlingFlow.CHINA);
        assertThat(ordered.get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(ordered.get("rectification").get("dueOn").asString()).isEqualTo(today.plusDays(60).toString());
        assertThat(ordered.get("rectification").get("reinspectionDueOn").asString()).isEqualTo(today.plusDays(75).toString());
        // the enterprise's inbox shows the same last day as the order (Order 18 art. 47: 60 days)
        JsonNode inboxTask = api.get(c.enterprise(), "/api/tasks").json().valueStream()
                .filter(t -> c.caseCode().equals(t.get("businessKey").asString())
                        && "submitRectificationReport".equals(t.get("taskKey").asString()))
                .findFirst().orElseThrow();
        assertThat(inboxTask.get("dueOn").asString()).isEqualTo(today.plusDays(60).toString());
        // and so does the task's own page
        WebClient enterprisePage = new WebClient(port);
        enterprisePage.login(c.enterprise(), Api.PASSWORD);
        assertThat(enterprisePage.get("/tasks/" + inboxTask.get("id").asString()).body())
                .contains("id=\"task-due\"").contains("办理期限：" + today.plusDays(60) + "（含当日）");
        // the reminder is due the day after the 60th day
        assertThat(flow.timers(c, "rectificationDeadline")).singleElement()
                .satisfies(t -> assertThat(t.getDuedate().toInstant())
                        .isEqualTo(today.plusDays(61).atStartOfDay(ResultHandlingFlow.CHINA).toInstant()));
        // not a serious quality problem: nothing went to enforcement
        assertThat(api.taskId("enforcer", c.caseCode(), "handleReferral")).isNull();

        flow.fireTimer(c, "rectificationDeadline");
        JsonNode reminded = flow.caseById(c.enterprise(), c.caseId());
        assertThat(reminded.get("rectification").get("remindedAt").isNull()).isFalse();
        assertThat(reminded.get("events").valueStream().map(e -> e.get("action").asString()).toList())
                .contains("RECTIFICATION_OVERDUE", "NOTIFICATION");
        // a reminder, not the end: the enterprise can still report
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport")).isNotNull();

        // day 75 without a report: the re-inspection is due anyway and its lateness is reported
        flow.fireTimer(c, "reportMissingAtReinspectionDue");
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport")).isNull();
        assertThat(api.taskId("officer", c.caseCode(), "organiseReinspection")).isNotNull();
        flow.fireTimer(c, "reinspectionOverdue");
        assertThat(flow.caseById("officer", c.caseId()).get("events").valueStream().map(e -> e.get("action").asString()).toList())
                .contains("REINSPECTION_OVERDUE");
    }

    @Test
    void aPassedReinspectionWithFreeSamplesClosesTheCaseAndLiftsTheStopSale() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        String report = api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport");
        Api.Response noEvidence = api.complete(c.enterprise(), report, Map.of("summary", "已整改", "evidenceIds", List.of()));
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.errorFields()).containsExactly("evidenceIds");
        flow.reportRectification(c);
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);

        // re-inspection samples are supplied free (Order 18 art. 49)
        List<String> drawn = new SpotCheckFlow(api).samplers(c.caseCode());
        String sampling = api.taskId(drawn.get(0), c.caseCode(), "recordReinspectionSampling");
        // the page asks nothing to be paid: the amount is 0 and cannot be typed
        WebClient samplerPage = new WebClient(port);
        samplerPage.login(drawn.get(0), Api.PASSWORD);
        assertThat(samplerPage.get("/tasks/" + sampling).body()).contains("name=\"amountPaid\" value=\"0\" readonly")
                .contains("复查样品由企业无偿提供");
        Api.Response bought = api.complete(drawn.get(0), sampling, SpotCheckFlow.samplingForm(flow.spotCheck().productCode(c.caseCode()),
                "PAID" + System.nanoTime() % 100000, drawn));
        assertThat(bought.status()).isEqualTo(400);
        assertThat(bought.body()).contains("FREE_SAMPLE");
        flow.reinspected(c, 1, ResultHandlingFlow.PASSING_TISSUE);

        JsonNode closed = flow.caseById("officer", c.caseId());
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closeReason").asString()).isEqualTo("RECTIFIED");
        assertThat(closed.get("stopSale").asBoolean()).isFalse();
        assertThat(closed.get("reinspections").get(0).get("outcome").asString()).isEqualTo("PASSED");
        assertThat(flow.sampleOf(c.caseCode() + "-F1").get("freeSample").asBoolean()).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseCode()).count()).isZero();
        // the closed case is named by its own process, not by the re-inspection's lab test that ended last
        assertThat(api.get("officer", "/api/cases/" + c.caseCode()).get("processKey").asString()).isEqualTo("spotCheck");
        assertThat(api.get("officer", "/api/cases/" + c.caseCode() + "/diagram").get("processes").valueStream()
                .filter(p -> p.get("shown").asBoolean()).map(p -> p.get("processKey").asString()).toList())
                .as("the diagram opens on the case's own process").containsExactly("spotCheck");
    }

    @Test
    void failingReinspectionsEscalateThenSuspendThenReferForLicenceRevocation() throws IOException {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        flow.reportRectification(c);
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        // the re-inspection's new batch still fails its brightness; its ash now passes
        Map<String, String> brightnessOnly = new HashMap<>(ResultHandlingFlow.PASSING_TISSUE);
        brightnessOnly.put("TP-07", "92.0");
        flow.reinspected(c, 1, brightnessOnly);

        // R15: the first failure goes up to the provincial authority, which announces it
        JsonNode escalated = flow.caseById("officer", c.caseId());
        String brightness = itemName(escalated, "TP-07");
        String ash = itemName(escalated, "TP-09");
        // the case keeps the re-inspection's own report, lab and sample (Order 18 art. 47: the announcement rests on them)
        JsonNode firstRound = escalated.get("reinspections").get(0);
        String firstRoundReport = firstRound.get("reportNo").asString();
        String firstRoundSpec = flow.sampleOf(c.caseCode() + "-F1").get("specification").asString();
        assertThat(firstRoundReport).isNotEqualTo(escalated.get("reportNo").asString());
        assertThat(firstRound.get("labCode").asString()).isEqualTo("LAB1");
        assertThat(firstRound.get("sampleCode").asString()).isEqualTo("YP-" + c.caseCode() + "-F1");
        assertThat(firstRound.get("batchNumber").asString()).isEqualTo(ResultHandlingFlow.reinspectionBatch(1));
        assertThat(firstRound.get("specification").asString()).isEqualTo(firstRoundSpec);
        assertThat(firstRound.get("grade").asString()).isEqualTo("GENERAL");
        assertThat(firstRound.get("failedItemsText").asString()).isEqualTo(brightness);
        assertThat(escalated.get("status").asString()).isEqualTo("ESCALATED");
        assertThat(escalated.get("escalatedTo").asString()).isEqualTo("AUTH-320000");
        assertThat(api.taskId("officer", c.caseCode(), "announceFailure")).isNull();
        String announce = api.taskId("province-officer", c.caseCode(), "announceFailure");
        assertThat(announce).isNotNull();
        // the province writes it seeing the failed re-inspection's report and sample
        WebClient provinceTaskPage = new WebClient(port);
        provinceTaskPage.login("province-officer", Api.PASSWORD);
        assertThat(section(provinceTaskPage.get("/tasks/" + announce).body(), "id=\"reinspection-basis-1\"", "</span>"))
                .contains(firstRoundReport).contains("批号 " + ResultHandlingFlow.reinspectionBatch(1));
        String text = "复查仍不合格，予以公告（" + c.caseCode() + "）";
        Api.Response announced = api.complete("province-officer", announce, Map.of("text", text));
        assertThat(announced.status()).as(announced.body()).isEqualTo(204);
        LocalDate announcedOn = LocalDate.now(ResultHandlingFlow.CHINA);
        // 一公开: the announcement too waits for a redaction review, by another officer of the province
        assertThat(api.get(null, "/api/public/results").body()).doesNotContain(text);
        JsonNode announcement = api.get("province-officer", "/api/disposal/publications").json().valueStream()
                .filter(p -> p.get("taskCode").asString().equals(c.caseCode()) && "ANNOUNCEMENT".equals(p.get("kind").asString()))
                .findFirst().orElseThrow();
        assertThat(announcement.get("status").asString()).isEqualTo("PENDING_REVIEW");
        // it publishes the failed re-inspection: its batch, specification, failed items and report, never the first sample's
        assertThat(announcement.get("batchNumber").asString()).isEqualTo(ResultHandlingFlow.reinspectionBatch(1));
        assertThat(announcement.get("specification").asString()).isEqualTo(firstRoundSpec);
        assertThat(announcement.get("failedItemsText").asString()).isEqualTo(brightness).doesNotContain(ash);
        assertThat(announcement.get("conclusionText").asString()).startsWith("第1次复查不合格（一般不合格）").contains(firstRoundReport)
                .doesNotContain(escalated.get("reportNo").asString());
        assertThat(announcement.get("preparedBy").asString()).isEqualTo("province-officer");
        // the review page names the author by name, not by login
        WebClient provincePage = new WebClient(port);
        provincePage.login("province-officer", Api.PASSWORD);
        assertThat(provincePage.get("/disposal/publications").body()).contains("起草人：")
                .doesNotContain("起草人：province-officer");
        assertThat(announcement.get("remark").asString()).isEqualTo(text);
        String release = "/api/disposal/publications/" + announcement.get("id").asLong() + "/release";
        Api.Response byAuthor = api.post("province-officer", release, PublicationTest.releaseForm(true, Map.of()));
        assertThat(byAuthor.status()).isEqualTo(403);
        assertThat(byAuthor.rule()).isEqualTo("SEPARATION_OF_DUTIES");
        assertThat(api.post("officer", release, PublicationTest.releaseForm(true, Map.of())).status())
                .as("the city's officer does not see the province's announcement").isEqualTo(404);
        assertThat(api.get(null, "/api/public/results").body()).doesNotContain(text);
        Api.Response reviewed = api.post("province-reviewer", release, PublicationTest.releaseForm(true, Map.of()));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.get("reviewedBy").asString()).isEqualTo("province-reviewer");
        assertThat(api.get(null, "/api/public/results").body()).contains(text);
        JsonNode published = api.get(null, "/api/public/results").json().valueStream()
                .filter(p -> text.equals(p.get("remark").asString())).findFirst().orElseThrow();
        assertThat(published.get("batchNumber").asString()).isEqualTo(ResultHandlingFlow.reinspectionBatch(1));
        assertThat(published.get("specification").asString()).isEqualTo(firstRoundSpec);
        assertThat(published.get("failedItemsText").asString()).isEqualTo(brightness);
        assertThat(published.get("conclusionText").asString()).contains(firstRoundReport);
        // the 结果公开 page and the public feed (JSON, CSV, Atom) say the same
        assertThat(new WebClient(port).get("/public/results?kind=ANNOUNCEMENT&size=50").body()).contains(firstRoundSpec)
                .contains(ResultHandlingFlow.reinspectionBatch(1)).contains(firstRoundReport);
        String since = "?since=" + reviewed.get("releasedAt").asString() + "&limit=500";
        JsonNode feedEntry = api.get(null, "/api/public/feed" + since).get("entries").valueStream()
                .filter(e -> e.has("remark") && text.equals(e.get("remark").asString())).findFirst().orElseThrow();
        assertThat(feedEntry.get("kind").asString()).isEqualTo("ANNOUNCEMENT");
        assertThat(feedEntry.get("batchNumber").asString()).isEqualTo(ResultHandlingFlow.reinspectionBatch(1));
        assertThat(feedEntry.get("specification").asString()).isEqualTo(firstRoundSpec);
        assertThat(api.get(null, "/api/public/feed.csv" + since).body()).contains(firstRoundSpec + "," + ResultHandlingFlow.reinspectionBatch(1));
        assertThat(api.get(null, "/api/public/feed.atom?limit=500").body()).contains(firstRoundSpec).contains(firstRoundReport);
        // the spot check's own result keeps its own sample
        JsonNode result = api.get("officer", "/api/disposal/publications").json().valueStream()
                .filter(p -> p.get("taskCode").asString().equals(c.caseCode()) && "RESULT".equals(p.get("kind").asString()))
                .findFirst().orElseThrow();
        assertThat(result.get("batchNumber").asString()).isEqualTo("20261101");
        assertThat(result.get("failedItemsText").asString()).contains(brightness).contains(ash);

        // R16: the second re-inspection only from day 60 after the announcement
        flow.clockAt(announcedOn.plusDays(59));
        Api.Response early = flow.organiseReinspection(c);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.rule()).isEqualTo("REINSPECTION_WINDOW_NOT_OPEN");
        assertThat(early.json().get("detail").asString()).contains(announcedOn.plusDays(60).toString());
        flow.clockAt(announcedOn.plusDays(60));
        // the second re-inspection's task page names its own window, not the first rectification order's 复查期限
        WebClient officerPage = new WebClient(port);
        officerPage.login("officer", Api.PASSWORD);
        LocalDate firstOrderReinspectionDue = LocalDate.parse(flow.caseById("officer", c.caseId()).get("rectification")
                .get("reinspectionDueOn").asString());
        assertThat(rectificationLine(officerPage, c)).contains("公告日期 " + announcedOn + "，第2次复查期间 "
                + announcedOn.plusDays(60) + " 至 " + announcedOn.plusDays(90) + "（含当日）")
                .doesNotContain(firstOrderReinspectionDue.toString());
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        JsonNode secondCase = flow.caseById("officer", c.caseId());
        JsonNode second = secondCase.get("reinspections").get(1);
        assertThat(second.get("windowFrom").asString()).isEqualTo(announcedOn.plusDays(60).toString());
        assertThat(second.get("windowTo").asString()).isEqualTo(announcedOn.plusDays(90).toString());
        // the second re-inspection belongs to the announcement (Order 18 art. 48), not to the first rectification order
        assertThat(secondCase.get("reinspectionDueOn").asString()).isEqualTo(announcedOn.plusDays(90).toString());
        assertThat(secondCase.path("rectificationDueOn").isNull() || secondCase.path("rectificationDueOn").isMissingNode())
                .as("the announcement sets no new rectification period").isTrue();
        assertThat(secondCase.get("currentOrder").get("kind").asString()).isEqualTo("ANNOUNCEMENT");
        assertThat(caseDeadlines(officerPage, c)).contains("复查期限至 " + announcedOn.plusDays(90))
                .doesNotContain(firstOrderReinspectionDue.toString()).doesNotContain("整改期限至");
        flow.reinspected(c, 2, ResultHandlingFlow.failingTissue());

        // failing it: suspension and rectification, then a re-inspection after the suspension period
        String suspend = api.taskId("officer", c.caseCode(), "orderSuspension");
        assertThat(suspend).isNotNull();
        LocalDate until = announcedOn.plusDays(90);
        assertThat(api.complete("officer", suspend, Map.of("suspendedUntil", until.toString(), "text", "责令停业整顿30日")).status())
                .isEqualTo(204);
        Api.Response duringSuspension = flow.organiseReinspection(c);
        assertThat(duringSuspension.rule()).isEqualTo("REINSPECTION_WINDOW_NOT_OPEN");
        // like the second round's, the third round's refusal names its legal basis (Product Quality Law art. 17; Order 18 art. 48)
        assertThat(duringSuspension.json().get("detail").asString()).contains(until.plusDays(1).toString())
                .contains("停业整顿期满后").contains("《中华人民共和国产品质量法》第十七条").contains("第四十八条");
        assertThat(early.json().get("detail").asString()).contains("第四十八条");
        // the case page names the current order: the suspension and its re-inspection's last day
        assertThat(caseDeadlines(officerPage, c)).contains("停业整顿至 " + until)
                .contains("复查期限至 " + until.plusDays(30)).doesNotContain("整改期限至");
        // and so does its row on 结果处理 (the list named the suspension's end 整改期限至)
        String row = section(officerPage.get("/disposal/cases?number=" + c.caseCode()).body(), "class=\"rectification-due\"", "</div>");
        assertThat(row).contains("停业整顿至 " + until).doesNotContain("整改期限至");
        flow.clockAt(until.plusDays(1));
        assertThat(rectificationLine(officerPage, c)).contains("停业整顿至 " + until + "，第3次复查期间 " + until.plusDays(1) + " 至 " + until.plusDays(30));
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        flow.reinspected(c, 3, ResultHandlingFlow.failingTissue());

        // failing again: licence revocation goes to enforcement
        JsonNode revoked = flow.caseById("officer", c.caseId());
        assertThat(revoked.get("status").asString()).isEqualTo("REVOCATION_REFERRED");
        assertThat(revoked.get("closeReason").asString()).isEqualTo("LICENCE_REVOCATION_REFERRED");
        // the case log names the referral without its internal id (issue 17), in English on an English page
        assertThat(revoked.get("events").valueStream().filter(e -> "REVOCATION_REFERRED".equals(e.get("action").asString()))
                .map(e -> e.get("comment").asString()).toList()).containsExactly("停业整顿后复查仍不合格，移送吊销营业执照");
        assertThat(new Browserless(port, "officer").get("/cases/" + c.caseCode() + "?lang=en").body())
                .contains("Failed the re-inspection after the suspension; referred for licence revocation")
                .doesNotContain("referral #");
        String referralTask = api.taskId("enforcer", c.caseCode(), "handleRevocationReferral");
        assertThat(referralTask).isNotNull();
        JsonNode referral = api.get("enforcer", "/api/tasks/" + referralTask).get("context").get("referral");
        assertThat(referral.get("reason").asString()).isEqualTo("LICENCE_REVOCATION");
        // the letter's dates read as its own date does (2027年3月8日), with no space around the names (walk 17h)
        assertThat(referral.get("facts").asString()).contains("停业整顿至" + until.getYear() + "年" + until.getMonthValue() + "月" + until.getDayOfMonth() + "日")
                .contains(revoked.get("enterpriseName").asString() + "的");
        // the proposal rests on the last re-inspection's report (number and lab) and its own sample; the earlier reports are its history
        JsonNode rounds = flow.caseById("officer", c.caseId()).get("reinspections");
        String finalReport = rounds.get(2).get("reportNo").asString();
        String facts = referral.get("facts").asString();
        assertThat(facts).contains("依据：第3次复查检验报告 " + finalReport + "（承检机构：")
                .contains("批号 " + ResultHandlingFlow.reinspectionBatch(3));
        String basis = facts.substring(0, facts.indexOf("此前经过"));
        assertThat(basis).contains(finalReport).doesNotContain(escalated.get("reportNo").asString())
                .doesNotContain(firstRoundReport).doesNotContain("20261101");
        assertThat(facts.substring(facts.indexOf("此前经过"))).contains("监督抽查检验报告 " + escalated.get("reportNo").asString())
                .contains("第1次复查检验报告 " + firstRoundReport).contains("第2次复查检验报告 " + rounds.get(1).get("reportNo").asString());
        String letter = pdfText(api.getBytes("enforcer", "/api/disposal/referrals/" + referral.get("id").asLong() + "/letter.pdf"),
                "revocation-referral-letter");
        assertThat(letter).contains("依据：第3次复查检验报告" + finalReport);
        // on an English page the last round's failed items read in English (brief codes17: they were the Chinese names)
        String factsEn = api.get("enforcer", "/api/tasks/" + referralTask + "?lang=en").get("context").get("referral").get("facts").asString();
        assertThat(factsEn).contains(finalReport).doesNotContain(brightness).doesNotContain(ash);
        assertThat(api.complete("enforcer", referralTask, Map.of("decision", "CASE_OPENED", "comment", "立案")).status()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseCode()).count()).isZero();
    }

    @Test
    void aSeriousQualityProblemGoesToEnforcementWithItsEvidenceOnlyWhenTheOfficerTicksIt() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(seriousResults());
        assertThat(flow.caseById("officer", c.caseId()).get("finalGrade").asString()).isEqualTo("SERIOUS");
        String order = api.taskId("officer", c.caseCode(), "orderRectification");
        // R27: the choice is the officer's; a missing choice is a 400 naming the field, never a default from the grade
        Api.Response missing = api.complete("officer", order, Map.of("requirements", "立即召回并整改"));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("seriousQualityProblem");
        assertThat(flow.caseById("officer", c.caseId()).get("status").asString()).isEqualTo("CONCLUSION_FINAL");
        assertThat(api.taskId("officer", c.caseCode(), "orderRectification")).isEqualTo(order);

        assertThat(api.complete("officer", order, Map.of("requirements", "立即召回并整改", "seriousQualityProblem", true)).status())
                .isEqualTo(204);
        assertThat(flow.caseById("officer", c.caseId()).get("rectification").get("seriousProblem").asBoolean()).isTrue();
        String referralTask = api.taskId("enforcer", c.caseCode(), "handleReferral");
        assertThat(referralTask).isNotNull();
        JsonNode referral = api.get("enforcer", "/api/tasks/" + referralTask).get("context").get("referral");
        assertThat(referral.get("reason").asString()).isEqualTo("SERIOUS_QUALITY_PROBLEM");
        assertThat(referral.get("facts").asString()).contains(flow.caseById("officer", c.caseId()).get("reportNo").asString())
                .contains("细菌菌落总数");
        // rectification goes on in parallel
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport")).isNotNull();
    }

    @Test
    void unTickingTheSeriousBoxOnThePageSendsNothingToEnforcementEvenForASeriousGrade() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(seriousResults());
        String order = api.taskId("officer", c.caseCode(), "orderRectification");
        WebClient page = new WebClient(port);
        page.login("officer", Api.PASSWORD);
        WebClient.Reply form = page.get("/tasks/" + order);
        assertThat(form.status()).isEqualTo(200);
        // the lab's grade 严重不合格 pre-ticks the box visibly
        assertThat(form.body()).containsPattern("name=\"seriousQualityProblem\" id=\"seriousQualityProblem\" value=\"true\"\\s+checked");
        // the browser sends what an unticked box sends: only the hidden "false" that follows it
        WebClient.Reply done = page.postForm("/tasks/" + order + "/complete", WebClient.form(
                "requirements", "查明原因，整改", "seriousQualityProblem", "false"), form.csrf());
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        JsonNode ordered = flow.caseById("officer", c.caseId());
        assertThat(ordered.get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(ordered.get("rectification").get("seriousProblem").asBoolean()).isFalse();
        assertThat(api.taskId("enforcer", c.caseCode(), "handleReferral")).isNull();
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport")).isNotNull();
    }

    @Test
    void tickingTheSeriousBoxOnThePageSendsAGeneralGradeToEnforcement() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        assertThat(flow.caseById("officer", c.caseId()).get("finalGrade").asString()).isEqualTo("GENERAL");
        String order = api.taskId("officer", c.caseCode(), "orderRectification");
        WebClient page = new WebClient(port);
        page.login("officer", Api.PASSWORD);
        WebClient.Reply form = page.get("/tasks/" + order);
        assertThat(form.body()).doesNotContainPattern("id=\"seriousQualityProblem\" value=\"true\"\\s+checked");
        // a ticked box comes before its hidden "false": the browser sends true, false
        WebClient.Reply done = page.postForm("/tasks/" + order + "/complete", Map.of(
                "requirements", List.of("查明原因，整改"), "seriousQualityProblem", List.of("true", "false")), form.csrf());
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(flow.caseById("officer", c.caseId()).get("rectification").get("seriousProblem").asBoolean()).isTrue();
        assertThat(api.taskId("enforcer", c.caseCode(), "handleReferral")).isNotNull();
    }

    /** The statutory deadline lines of the case page (not its timeline, which keeps the history). */
    private static String caseDeadlines(WebClient page, ResultHandlingFlow.Case c) {
        return section(page.get("/cases/" + c.caseCode()).body(), "id=\"case-deadlines\"", "id=\"case-diagram\"");
    }

    /** The rectification line of the case card on the officer's 组织复查 task page. */
    private String rectificationLine(WebClient page, ResultHandlingFlow.Case c) {
        String task = api.taskId("officer", c.caseCode(), "organiseReinspection");
        assertThat(task).as("organiseReinspection").isNotNull();
        return section(page.get("/tasks/" + task).body(), "id=\"rectification-due\"", "</span>");
    }

    private static String section(String body, String from, String to) {
        int start = body.indexOf(from);
        assertThat(start).as("page has " + from).isNotNegative();
        return body.substring(start, body.indexOf(to, start + from.length()));
    }

    private static String itemName(JsonNode disposalCase, String code) {
        return disposalCase.get("items").valueStream().filter(i -> code.equals(i.get("code").asString())).findFirst().orElseThrow()
                .get("nameZh").asString();
    }

    /** The PDF's text without white space; the PDF is kept under target/documents to be looked at (pdftoppm -png). */
    private static String pdfText(byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static Map<String, String> seriousResults() {
        Map<String, String> results = ResultHandlingFlow.failingTissue();
        results.put("TP-01", "500"); // total bacterial count above 200 CFU/g: a class-A (safety) item, grade SERIOUS
        return results;
    }
}
