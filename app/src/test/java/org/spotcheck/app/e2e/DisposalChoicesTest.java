package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, point 3: every option of every result-handling form does what it says, both ways, through
 * /api/tasks/{id}/complete; a missing required choice is a 400 naming the field and changes nothing.
 * Covered elsewhere, through the same door: the serious box from the page both ways (FailurePathTest),
 * the re-test's outcome both ways (RetestTest), the re-inspection's outcome passed / failed and a refused
 * re-inspection sampling (FailurePathTest, ReinspectionRefusalTest), withheld publication fields (PublicationTest).
 */
class DisposalChoicesTest extends ResultHandlingE2e {

    private static LocalDate today() {
        return LocalDate.now(ResultHandlingFlow.CHINA);
    }

    // ---------------------------------------------------------------- 送达检验结果通知书: 送达方式

    @ParameterizedTest(name = "method {0}")
    @ValueSource(strings = {"IN_APP", "IN_PERSON"})
    void theServiceMethodDecidesWhetherTheEnterpriseMustAcknowledgeBeforeTheWindowOpens(String method) {
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());
        String serve = api.taskId("officer", c.caseCode(), "serveNotice");
        refused("officer", c, serve, "serveNotice", Map.of("servedOn", today().toString()), "method");
        assertThat(status(c)).isEqualTo("AWAITING_NOTICE");

        Api.Response done = api.complete("officer", serve, Map.of("servedOn", today().toString(), "method", method));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        JsonNode after = flow.caseById("officer", c.caseId());
        assertThat(after.get("serviceMethod").asString()).isEqualTo(method);
        if ("IN_APP".equals(method)) {
            // sent in the system: not served until the enterprise acknowledges it, no window yet
            assertThat(after.get("status").asString()).isEqualTo("NOTICE_SENT");
            assertThat(after.get("servedAt").isNull()).isTrue();
            assertThat(after.get("objectionDeadline").isNull()).isTrue();
            assertThat(api.taskId(c.enterprise(), c.caseCode(), "acknowledgeNotice")).isNotNull();
            assertThat(api.taskId(c.enterprise(), c.caseCode(), "fileObjection")).isNull();
        } else {
            // served in person: the window runs from the service date, no acknowledgement is asked for
            assertThat(after.get("status").asString()).isEqualTo("NOTIFIED");
            assertThat(after.get("objectionDeadline").asString()).isEqualTo(today().plusDays(15).toString());
            assertThat(api.taskId(c.enterprise(), c.caseCode(), "acknowledgeNotice")).isNull();
            assertThat(api.taskId(c.enterprise(), c.caseCode(), "fileObjection")).isNotNull();
        }
    }

    // ---------------------------------------------------------------- 在线签收: 已收到检验结果通知书

    @Test
    void anUntickedAcknowledgementIsRefusedAndATickedOneServesTheNotice() {
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());
        flow.serve(c, today(), "IN_APP");
        String ack = api.taskId(c.enterprise(), c.caseCode(), "acknowledgeNotice");
        refused(c.enterprise(), c, ack, "acknowledgeNotice", Map.of(), "acknowledged");
        refused(c.enterprise(), c, ack, "acknowledgeNotice", Map.of("acknowledged", false), "acknowledged");
        assertThat(status(c)).isEqualTo("NOTICE_SENT");
        assertThat(flow.caseById("officer", c.caseId()).get("servedAt").isNull()).isTrue();

        Api.Response ticked = api.complete(c.enterprise(), ack, Map.of("acknowledged", true));
        assertThat(ticked.status()).as(ticked.body()).isEqualTo(204);
        JsonNode served = flow.caseById("officer", c.caseId());
        assertThat(served.get("status").asString()).isEqualTo("NOTIFIED");
        assertThat(served.get("servedBy").asString()).isEqualTo(c.enterprise());
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "fileObjection")).isNotNull();
    }

    // ---------------------------------------------------------------- 异议: 复检项目, 先行垫付

    @Test
    void onlyTheTickedItemsAreDisputedAndThePrepaymentMustBeAcceptedExplicitly() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), today());
        String task = api.taskId(c.enterprise(), c.caseCode(), "fileObjection");
        refused(c.enterprise(), c, task, "fileObjection", objection(null, true), "disputedItems");
        refused(c.enterprise(), c, task, "fileObjection", objection(List.of(), true), "disputedItems");
        // R7: the applicant pays first; an unanswered or refused prepayment is no objection at all
        refused(c.enterprise(), c, task, "fileObjection", objection(List.of("TP-07"), null), "acceptsPrepayment");
        refused(c.enterprise(), c, task, "fileObjection", objection(List.of("TP-07"), false), "acceptsPrepayment");
        assertThat(status(c)).isEqualTo("NOTIFIED");
        assertThat(flow.caseById("officer", c.caseId()).get("objection").isNull()).isTrue();

        // TP-07 ticked, TP-09 (also failed) not: only TP-07 goes to the re-test
        Api.Response filed = api.complete(c.enterprise(), task, objection(List.of("TP-07"), true));
        assertThat(filed.status()).as(filed.body()).isEqualTo(204);
        JsonNode objected = flow.caseById("officer", c.caseId());
        assertThat(objected.get("status").asString()).isEqualTo("OBJECTION_FILED");
        assertThat(objected.get("objection").get("disputedItems").valueStream().map(JsonNode::asString).toList()).containsExactly("TP-07");
        Map<String, Boolean> disputed = new LinkedHashMap<>();
        objected.get("items").valueStream().forEach(i -> disputed.put(i.get("code").asString(), i.get("disputed").asBoolean()));
        assertThat(disputed).containsEntry("TP-07", true).containsEntry("TP-09", false);
        assertThat(objected.get("objection").get("feePrepaidBy").asString()).isEqualTo("APPLICANT");
    }

    // ---------------------------------------------------------------- 审查异议: 受理 / 不予受理

    @ParameterizedTest(name = "decision {0}")
    @ValueSource(strings = {"ACCEPT", "REJECT"})
    void theObjectionDecisionIsTheOfficersAndRoutesTheCaseAccordingly(String decision) {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), today());
        assertThat(flow.object(c, List.of("TP-07")).status()).isEqualTo(204);
        String task = api.taskId("officer", c.caseCode(), "decideObjection");
        refused("officer", c, task, "decideObjection", Map.of("reason", "材料齐全"), "decision");
        assertThat(status(c)).isEqualTo("OBJECTION_FILED");

        Api.Response done = api.complete("officer", task, Map.of("decision", decision, "reason", "依申请审查"));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        JsonNode after = flow.caseById("officer", c.caseId());
        if ("ACCEPT".equals(decision)) {
            // 受理: a re-test lab is drawn at random, the conclusion is not final, no rectification yet
            assertThat(after.get("status").asString()).isEqualTo("RETESTING");
            assertThat(after.get("objection").get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(after.get("objection").get("retestLabCode").isNull()).isFalse();
            assertThat(after.get("finalConclusion").isNull()).isTrue();
            assertThat(api.taskId("officer", c.caseCode(), "orderRectification")).isNull();
        } else {
            // 不予受理: the first conclusion is final and rectification is ordered next; no re-test
            assertThat(after.get("status").asString()).isEqualTo("CONCLUSION_FINAL");
            assertThat(after.get("objection").get("status").asString()).isEqualTo("REJECTED");
            assertThat(after.get("objection").get("retestLabCode").isNull()).isTrue();
            assertThat(after.get("finalBasis").asString()).isEqualTo("OBJECTION_REJECTED");
            assertThat(api.taskId("officer", c.caseCode(), "orderRectification")).isNotNull();
        }
    }

    // ---------------------------------------------------------------- 责令整改: 严重质量问题，移送执法稽查

    @ParameterizedTest(name = "serious {0}")
    @ValueSource(booleans = {true, false})
    void theSeriousQualityProblemBoxAloneDecidesTheReferralToEnforcement(boolean serious) {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        String task = api.taskId("officer", c.caseCode(), "orderRectification");
        refused("officer", c, task, "orderRectification", Map.of("requirements", "查明原因，整改"), "seriousQualityProblem");
        assertThat(status(c)).isEqualTo("CONCLUSION_FINAL");

        flow.orderRectification(c, serious);
        JsonNode ordered = flow.caseById("officer", c.caseId());
        assertThat(ordered.get("status").asString()).isEqualTo("RECTIFYING");
        assertThat(ordered.get("rectification").get("seriousProblem").asBoolean()).isEqualTo(serious);
        assertThat(referralsOf(c)).hasSize(serious ? 1 : 0);
        assertThat(api.taskId("enforcer", c.caseCode(), "handleReferral") != null).isEqualTo(serious);
        // rectification goes on either way
        assertThat(api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport")).isNotNull();
    }

    /**
     * The box is the officer's choice: when the page comes back with an error (no 整改要求), it shows the box as the
     * officer left it, not as the grade pre-ticks it (found walking the README: an unticked box came back ticked, and
     * the next submit would have referred the enterprise).
     */
    @Test
    void theReferralBoxComesBackAsTheOfficerLeftItWhenThePageShowsAnError() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        String task = api.taskId("officer", c.caseCode(), "orderRectification");
        WebClient officer = new WebClient(port);
        officer.login("officer", Api.PASSWORD);
        String page = officer.get("/tasks/" + task).body();
        assertThat(referralBox(page)).as("a 一般不合格 grade starts unticked").doesNotContain("checked");

        Map<String, List<String>> ticked = new java.util.LinkedHashMap<>(WebClient.form("orderedOn", today().toString(), "requirements", ""));
        ticked.put("seriousQualityProblem", List.of("true", "false")); // the box, then its hidden "false"
        WebClient.Reply tickedReply = officer.postForm("/tasks/" + task + "/complete", ticked, csrf(page));
        assertThat(tickedReply.status()).isEqualTo(200);
        assertThat(tickedReply.body()).contains("id=\"requirements-error\"");
        assertThat(referralBox(tickedReply.body())).contains("checked");

        WebClient.Reply untickedReply = officer.postForm("/tasks/" + task + "/complete",
                WebClient.form("orderedOn", today().toString(), "requirements", "", "seriousQualityProblem", "false"), csrf(tickedReply.body()));
        assertThat(untickedReply.status()).isEqualTo(200);
        assertThat(referralBox(untickedReply.body())).doesNotContain("checked");

        // a control character: refused beside its field, the form kept (it was a bare 400 page that lost every input)
        WebClient.Reply bell = officer.postForm("/tasks/" + task + "/complete", WebClient.form("orderedOn", today().toString(),
                "requirements", "查明原因\u0007并整改", "seriousQualityProblem", "false"), csrf(untickedReply.body()));
        assertThat(bell.status()).isEqualTo(200);
        assertThat(bell.body()).contains("id=\"requirements-error\"").contains("不得含有控制字符").contains("查明原因并整改")
                .contains("value=\"" + today() + "\"");
        assertThat(status(c)).isEqualTo("CONCLUSION_FINAL");
        assertThat(referralsOf(c)).isEmpty();
    }

    private static String referralBox(String html) {
        int at = html.indexOf("id=\"seriousQualityProblem\"");
        assertThat(at).as("the referral box").isPositive();
        return html.substring(html.lastIndexOf("<input", at), html.indexOf(">", at) + 1);
    }

    // ---------------------------------------------------------------- 执法稽查处理移送: 立案 / 不予立案

    @ParameterizedTest(name = "decision {0}")
    @ValueSource(strings = {"CASE_OPENED", "NO_ACTION"})
    void enforcementsDecisionOnAReferralIsRecordedAsChosen(String decision) {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, true);
        String task = api.taskId("enforcer", c.caseCode(), "handleReferral");
        refused("enforcer", c, task, "handleReferral", Map.of("comment", "已阅"), "decision");
        // not acting needs its reason
        refused("enforcer", c, task, "handleReferral", Map.of("decision", "NO_ACTION"), "comment");
        assertThat(referralsOf(c).get(0).get("status").asString()).isEqualTo("OPEN");

        Api.Response done = api.complete("enforcer", task, Map.of("decision", decision, "comment", "依法处理"));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        JsonNode referral = referralsOf(c).get(0);
        assertThat(referral.get("status").asString()).isEqualTo(decision);
        assertThat(referral.get("decidedBy").asString()).isEqualTo("enforcer");
        assertThat(api.taskId("enforcer", c.caseCode(), "handleReferral")).isNull();
    }

    // ---------------------------------------------------------------- the page offers no preselected choice

    @Test
    void theDecisionSelectsOfTheResultHandlingPagesStartUnchosen() {
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());
        WebClient officer = new WebClient(port);
        officer.login("officer", Api.PASSWORD);
        String servePage = officer.get("/tasks/" + api.taskId("officer", c.caseCode(), "serveNotice")).body();
        assertThat(select(servePage, "method")).startsWith("<option value=\"\">").doesNotContain("selected");
        // the page posts a missing choice: the error is shown beside the field and nothing is served
        WebClient.Reply refusedPage = officer.postForm("/tasks/" + api.taskId("officer", c.caseCode(), "serveNotice") + "/complete",
                WebClient.form("servedOn", today().toString(), "method", ""), csrf(servePage));
        assertThat(refusedPage.status()).isEqualTo(200);
        assertThat(refusedPage.body()).contains("id=\"method-error\"");
        assertThat(status(c)).isEqualTo("AWAITING_NOTICE");

        flow.serve(c, today(), "IN_PERSON");
        assertThat(flow.object(c, List.of("TP-07")).status()).isEqualTo(204);
        String decide = api.taskId("officer", c.caseCode(), "decideObjection");
        String decidePage = officer.get("/tasks/" + decide).body();
        assertThat(select(decidePage, "decision")).startsWith("<option value=\"\">").doesNotContain("selected");
        WebClient.Reply noDecision = officer.postForm("/tasks/" + decide + "/complete",
                WebClient.form("decision", "", "reason", "审查"), csrf(decidePage));
        assertThat(noDecision.status()).isEqualTo(200);
        assertThat(noDecision.body()).contains("id=\"decision-error\"");
        assertThat(status(c)).isEqualTo("OBJECTION_FILED");
    }

    // ---------------------------------------------------------------- helpers

    /** A 400 problem naming the field; the task is still open and the case unchanged by it. */
    private void refused(String user, ResultHandlingFlow.Case c, String task, String taskKey, Map<String, Object> form, String field) {
        Api.Response r = api.complete(user, task, form);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.errorFields()).as(r.body()).contains(field);
        assertThat(api.taskId(user, c.caseCode(), taskKey)).isEqualTo(task);
    }

    private String status(ResultHandlingFlow.Case c) {
        return flow.caseById("officer", c.caseId()).get("status").asString();
    }

    private List<JsonNode> referralsOf(ResultHandlingFlow.Case c) {
        Api.Response list = api.get("enforcer", "/api/disposal/referrals");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream().filter(r -> c.caseCode().equals(r.get("taskCode").asString())).toList();
    }

    private static Map<String, Object> objection(List<String> items, Boolean prepayment) {
        Map<String, Object> form = new LinkedHashMap<>();
        if (items != null) {
            form.put("disputedItems", items);
        }
        form.put("reason", "对检测结果有异议");
        if (prepayment != null) {
            form.put("acceptsPrepayment", prepayment);
        }
        return form;
    }

    /** The options of the page's select of that name, as HTML. */
    private static String select(String html, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<select[^>]*name=\"" + name + "\"[^>]*>(.*?)</select>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("select " + name).isTrue();
        return m.group(1).strip();
    }

    private static String csrf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
