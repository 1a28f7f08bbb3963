package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import tools.jackson.databind.JsonNode;

/**
 * Drives result handling (issue 6) over HTTP, and moves the workflow clock instead of waiting:
 * Flowable's clock, which the disposal module also reads for its statutory dates.
 */
final class ResultHandlingFlow {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Tissue paper (纸巾纸): ENT-B makes it in 320104 and has a demo user. */
    static final Map<String, String> PASSING_TISSUE = Map.ofEntries(Map.entry("TP-01", "50"), Map.entry("TP-02", "不得检出"),
            Map.entry("TP-03", "不得检出"), Map.entry("TP-04", "不得检出"), Map.entry("TP-05", "不得检出"),
            Map.entry("TP-06", "20"), Map.entry("TP-07", "85.0"), Map.entry("TP-08", "无"), Map.entry("TP-09", "0.5"),
            Map.entry("TP-10", "30"), Map.entry("TP-11", "3.00"), Map.entry("TP-12", "10.0"));

    /** Brightness 92.0 % (max 90.0) and ash 1.5 % (max 1.0): two class-B failures, grade GENERAL. */
    static Map<String, String> failingTissue() {
        Map<String, String> results = new HashMap<>(PASSING_TISSUE);
        results.put("TP-07", "92.0");
        results.put("TP-09", "1.5");
        return results;
    }

    /** A non-conforming case after its report was issued. */
    record Case(String caseCode, long caseId, String enterprise, String otherEnterprise) {
    }

    private final Api api;
    private final SpotCheckFlow flow;
    private final ProcessEngineConfiguration engine;
    private final ManagementService management;
    private final RuntimeService runtime;

    ResultHandlingFlow(Api api, ProcessEngineConfiguration engine, ManagementService management, RuntimeService runtime) {
        this.api = api;
        this.flow = new SpotCheckFlow(api);
        this.engine = engine;
        this.management = management;
        this.runtime = runtime;
    }

    SpotCheckFlow spotCheck() {
        return flow;
    }

    /** From a new plan to an issued report with these results; the case waits for its notice. */
    Case issued(Map<String, String> results) {
        // Qinhuai (320104): tissue paper there is made by ENT-B alone, who has the demo user enterprise-b
        String caseCode = flow.issuedReport("TISSUE_PAPER", "320104", results);
        JsonNode c = caseOf("officer", caseCode);
        String enterprise = "ENT-A".equals(c.get("enterpriseCode").asString()) ? "enterprise-a" : "enterprise-b";
        return new Case(caseCode, c.get("id").asLong(), enterprise, enterprise.equals("enterprise-a") ? "enterprise-b" : "enterprise-a");
    }

    /** Issued and served in person on {@code servedOn}. */
    Case served(Map<String, String> results, LocalDate servedOn) {
        Case c = issued(results);
        serve(c, servedOn, "IN_PERSON");
        return c;
    }

    void serve(Case c, LocalDate servedOn, String method) {
        String notice = api.taskId("officer", c.caseCode(), "serveNotice");
        assertThat(notice).as("serveNotice").isNotNull();
        Api.Response served = api.complete("officer", notice, Map.of("servedOn", servedOn.toString(), "method", method));
        assertThat(served.status()).as(served.body()).isEqualTo(204);
    }

    JsonNode caseOf(String user, String caseCode) {
        Api.Response list = api.get(user, "/api/disposal/cases");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream().filter(c -> c.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
    }

    JsonNode caseById(String user, long id) {
        Api.Response got = api.get(user, "/api/disposal/cases/" + id);
        assertThat(got.status()).as(got.body()).isEqualTo(200);
        return got.json();
    }

    Api.Response object(Case c, List<String> items) {
        String task = api.taskId(c.enterprise(), c.caseCode(), "fileObjection");
        assertThat(task).as("fileObjection for " + c.enterprise()).isNotNull();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("disputedItems", items);
        form.put("reason", "企业自检结果合格，对亮度、灰分检测结果有异议");
        form.put("acceptsPrepayment", true);
        return api.complete(c.enterprise(), task, form);
    }

    void decideObjection(Case c, String decision, String reason) {
        String task = api.taskId("officer", c.caseCode(), "decideObjection");
        assertThat(task).as("decideObjection").isNotNull();
        Api.Response done = api.complete("officer", task, Map.of("decision", decision, "reason", reason));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    /** Moves the workflow clock to noon (China time) of that day. */
    void clockAt(LocalDate day) {
        engine.getClock().setCurrentTime(Date.from(day.atTime(12, 0).atZone(CHINA).toInstant()));
    }

    void resetClock() {
        engine.getClock().reset();
    }

    /** Runs the timers of this case's result handling that carry this activity id, as if they had come due. */
    void fireTimer(Case c, String activityId) {
        List<Job> timers = timers(c, activityId);
        assertThat(timers).as("timer " + activityId).isNotEmpty();
        for (Job timer : timers) {
            management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(timer.getId());
        }
    }

    List<Job> timers(Case c, String activityId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseCode()).list().stream()
                .flatMap(pi -> management.createTimerJobQuery().processInstanceId(pi.getId()).list().stream())
                .filter(j -> activityId.equals(j.getElementId())).toList();
    }

    /** The backup seal of the case's sample (the test seal is "…-T", the backup "…-B": SpotCheckFlow.samplingForm). */
    String backupSeal(Case c) {
        JsonNode sample = api.get("officer", "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(c.caseCode())).findFirst().orElseThrow();
        return sample.get("backupSealNumber").asString();
    }

    JsonNode sampleOf(String caseCode) {
        return api.get("officer", "/api/samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow();
    }

    /** A lab's whole chain on the current labTest of the case: receipt (code + seal), results, review, approval. */
    void labTested(Case c, String lab, String sampleCode, String seal, Map<String, String> results) {
        String receive = api.taskId(lab + "-tester", c.caseCode(), "receiveSample");
        assertThat(receive).as("receiveSample at " + lab).isNotNull();
        Api.Response received = api.complete(lab + "-tester", receive,
                Map.of("sampleCode", sampleCode, "testSealNumber", seal, "sealIntact", true));
        assertThat(received.status()).as(received.body()).isEqualTo(204);
        String enter = api.taskId(lab + "-tester", c.caseCode(), "enterResults");
        assertThat(enter).as("enterResults at " + lab).isNotNull();
        Api.Response entered = api.complete(lab + "-tester", enter, Map.of("results", results));
        assertThat(entered.status()).as(entered.body()).isEqualTo(204);
        flow.decide(lab + "-reviewer", c.caseCode(), "reviewReport", "APPROVE", null);
        flow.decide(lab + "-approver", c.caseCode(), "approveReport", "APPROVE", null);
    }

    /** Served, no objection: the window's timer makes the conclusion final. */
    Case finalNonConforming(Map<String, String> results) {
        Case c = served(results, LocalDate.now(CHINA));
        fireTimer(c, "objectionWindowClosed");
        return c;
    }

    void orderRectification(Case c, boolean serious) {
        String task = api.taskId("officer", c.caseCode(), "orderRectification");
        assertThat(task).as("orderRectification").isNotNull();
        Api.Response done = api.complete("officer", task, Map.of("requirements", "查明原因，整改生产工艺，提交整改报告",
                "seriousQualityProblem", serious));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    void reportRectification(Case c) {
        long evidence = api.upload(c.enterprise(), c.caseCode(), "EVIDENCE", "整改记录.png", "image/png", Api.PNG).get("id").asLong();
        String task = api.taskId(c.enterprise(), c.caseCode(), "submitRectificationReport");
        assertThat(task).as("submitRectificationReport").isNotNull();
        Api.Response done = api.complete(c.enterprise(), task, Map.of("summary", "已更换原料供应商并调整漂白工艺", "evidenceIds", List.of(evidence)));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    Api.Response organiseReinspection(Case c) {
        String task = api.taskId("officer", c.caseCode(), "organiseReinspection");
        assertThat(task).as("organiseReinspection").isNotNull();
        return api.complete("officer", task, Map.of("comment", "组织复查"));
    }

    static String reinspectionBatch(int round) {
        return "2027010" + round;
    }

    /**
     * A final non-conforming tissue case, rectified and re-inspected once, failing again: the province holds
     * announceFailure (Order 18 art. 48).
     */
    Case failedFirstReinspection() {
        Case c = finalNonConforming(failingTissue());
        orderRectification(c, false);
        reportRectification(c);
        Api.Response organised = organiseReinspection(c);
        assertThat(organised.status()).as(organised.body()).isEqualTo(204);
        reinspected(c, 1, failingTissue());
        return c;
    }

    /** Samples the re-inspection (free samples) and runs it through LAB1 with these results. */
    void reinspected(Case c, int round, Map<String, String> results) {
        List<String> drawn = flow.samplers(c.caseCode());
        String task = api.taskId(drawn.get(0), c.caseCode(), "recordReinspectionSampling");
        assertThat(task).as("recordReinspectionSampling").isNotNull();
        String seal = "RI" + Math.abs(c.caseCode().hashCode()) + "r" + round + "x" + (System.nanoTime() % 100000);
        Map<String, Object> form = SpotCheckFlow.samplingForm(flow.productCode(c.caseCode()), seal, drawn);
        // a re-inspection samples a new batch, months after the first (20261101): 20270101, 20270102, 20270103
        form.put("batchNumber", reinspectionBatch(round));
        form.put("amountPaid", 0);
        form.put("unitPrice", 0);
        Api.Response sampled = api.complete(drawn.get(0), task, form);
        assertThat(sampled.status()).as(sampled.body()).isEqualTo(204);
        labTested(c, "lab1", "YP-" + c.caseCode() + "-F" + round, seal + "-T", results);
    }
}
