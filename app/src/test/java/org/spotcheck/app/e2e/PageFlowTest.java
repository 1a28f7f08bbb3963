package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every step of the thin path through the pages (form login, session, CSRF), not the API: a step
 * that only worked through the API would fail here. Bad input comes back with the message beside the field.
 */
class PageFlowTest extends SpotCheckE2e {

    /** The application's clock: "today" is {@link AppToday#of} of it, never the JVM's UTC date. */
    @org.springframework.beans.factory.annotation.Autowired
    @org.springframework.beans.factory.annotation.Qualifier("workflowClock")
    java.time.Clock workflowClock;

    @Test
    void aNonConformingSpotCheckCanBeCarriedThroughThePagesAlone() {
        Browserless planner = new Browserless(port, "planner");
        Browserless.Page form = planner.get("/plans/new");
        assertThat(form.status()).isEqualTo(200);
        String title = "页面流程 " + UUID.randomUUID();
        Map<String, List<String>> fields = PlanTestSupport.annualPlanPageForm(title);
        fields.put("regionCode", List.of("320100"));
        Browserless.Page saved = planner.post("/plans", fields, form.csrf());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).matches(".*/plans/\\d+");
        Browserless.Page plan = planner.get(saved.location().replaceAll("^https?://[^/]+", ""));
        assertThat(plan.body()).contains(title).contains("草稿");
        String planPath = saved.location().replaceAll("^https?://[^/]+", "");
        Browserless.Page submitted = planner.post(planPath + "/submit", Map.of(), plan.csrf());
        assertThat(submitted.status()).isEqualTo(302);
        String planCode = api.get("planner", "/api/plans/" + planPath.substring(planPath.lastIndexOf('/') + 1)).get("code").asString();

        decideOnPage("plan-reviewer", planCode, "reviewPlan");
        decideOnPage("plan-approver", planCode, "approvePlan");
        String caseCode = planCode + "-01-01";

        List<String> drawn = new SpotCheckFlow(api).samplers(caseCode);
        Browserless sampler = new Browserless(port, drawn.get(0));
        String sampling = api.taskId(drawn.get(0), caseCode, "recordSampling");
        Map<String, List<String>> form1 = samplingFields("PG" + Math.abs(caseCode.hashCode()));
        form1.put("samplers", List.of(drawn.get(0)));
        Browserless.Page refused = sampler.completeTask(sampling, form1);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"form-error\"").contains("id=\"samplers-error\"")
                .contains("抽样人员须为 2 至 10 名").doesNotContain("at least two samplers"); // Chinese beside the field
        form1.put("samplers", drawn);
        assertThat(sampler.completeTask(sampling, form1).status()).isEqualTo(302);

        // the enterprise signed the paper form; the second sampler records it with a photo
        String confirm = api.taskId(drawn.get(1), caseCode, "confirmSampling");
        long photo = api.upload(drawn.get(1), caseCode, "SIGNATURE", "signed.png", "image/png", Api.PNG).get("id").asLong();
        Browserless samplerB = new Browserless(port, drawn.get(1));
        Browserless.Page noName = samplerB.completeTask(confirm, Map.of("method", List.of("PAPER"), "signaturePhotoId", List.of(String.valueOf(photo))));
        assertThat(noName.status()).isEqualTo(200);
        assertThat(noName.body()).contains("id=\"signedByName-error\"").contains("请填写签字人");
        assertThat(samplerB.completeTask(confirm, Map.of("method", List.of("PAPER"), "signedByName", List.of("李厂长"),
                "signaturePhotoId", List.of(String.valueOf(photo)))).status()).isEqualTo(302);

        Browserless tester = new Browserless(port, "lab1-tester");
        String receive = api.taskId("lab1-tester", caseCode, "receiveSample");
        assertThat(tester.get("/tasks/" + receive).body()).contains("YP-" + caseCode);
        assertThat(tester.completeTask(receive, Map.of("sampleCode", List.of("YP-" + caseCode),
                "testSealNumber", form1.get("testSealNumber"), "sealIntact", List.of("true"), "accept", List.of("true"))).status()).isEqualTo(302);

        String enter = api.taskId("lab1-tester", caseCode, "enterResults");
        Map<String, List<String>> results = new LinkedHashMap<>();
        SpotCheckFlow.PASSING_BAG.forEach((item, value) -> results.put("results." + item, List.of(value)));
        results.put("results.PB-08", List.of("七"));
        Browserless.Page badResult = tester.completeTask(enter, results);
        assertThat(badResult.status()).isEqualTo(200);
        assertThat(badResult.body()).contains("is-invalid").contains("PB-08");
        results.put("results.PB-08", List.of("7")); // dart impact: at least 8 unbroken (min 8): fails
        assertThat(tester.completeTask(enter, results).status()).isEqualTo(302);

        decideOnPage("lab1-reviewer", caseCode, "reviewReport");
        decideOnPage("lab1-approver", caseCode, "approveReport");

        Browserless officer = new Browserless(port, "officer");
        String notice = api.taskId("officer", caseCode, "serveNotice");
        assertThat(officer.get("/tasks/" + notice).body()).contains("送达检验结果通知书");
        // sampled from a seller (DISTRIBUTION): the producer named on the label gets the notice too
        Browserless.Page noProducer = officer.completeTask(notice, Map.of("servedOn", List.of(AppToday.of(workflowClock).toString()),
                "method", List.of("IN_PERSON")));
        assertThat(noProducer.status()).isEqualTo(200);
        assertThat(noProducer.body()).contains("id=\"producerName-error\"");
        assertThat(officer.completeTask(notice, Map.of("servedOn", List.of(AppToday.of(workflowClock).toString()),
                "method", List.of("IN_PERSON"), "producerName", List.of("南京某塑料制品厂"))).status()).isEqualTo(302);

        Browserless.Page casePage = officer.get("/cases/" + caseCode);
        assertThat(casePage.status()).isEqualTo(200);
        // people by their names, not their usernames (issue 17.3)
        assertThat(casePage.body()).contains("<svg").contains("郑涛").contains("何静").doesNotContain(">lab1-approver<");
        Browserless.Page inbox = officer.get("/tasks");
        assertThat(inbox.body()).doesNotContain(caseCode + "</a>");
    }

    @Test
    void anotherOrganisationsTaskPageIsNotFound() {
        String planCode = new SpotCheckFlow(api).submittedPlan("TISSUE_PAPER").get("code").asString();
        String review = api.taskId("plan-reviewer", planCode, "reviewPlan");
        Browserless lab = new Browserless(port, "lab2-reviewer");
        assertThat(lab.get("/tasks/" + review).status()).isEqualTo(404);
        assertThat(lab.get("/cases/" + planCode).status()).isEqualTo(404);
        assertThat(lab.get("/plans").status()).isEqualTo(403);
    }

    private void decideOnPage(String user, String businessKey, String taskKey) {
        String task = api.taskId(user, businessKey, taskKey);
        assertThat(task).as(taskKey + " for " + user).isNotNull();
        Browserless session = new Browserless(port, user);
        Browserless.Page inbox = session.get("/tasks");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("id=\"task-" + task + "\"").contains("id=\"inbox-chart\"");
        Browserless.Page done = session.completeTask(task, Map.of("decision", List.of("APPROVE"), "comment", List.of("同意")));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
    }

    static Map<String, List<String>> samplingFields(String seal) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("channel", List.of("DISTRIBUTION"));
        f.put("productName", List.of("塑料购物袋"));
        f.put("trademark", List.of("白云"));
        f.put("specification", List.of("350×450mm/" + seal));
        f.put("productStandard", List.of("GB/T 21661-2020"));
        f.put("productionDate", List.of("2026-10-01"));
        f.put("stockOnHand", List.of("1500个"));
        f.put("testQuantity", List.of("40"));
        f.put("backupQuantity", List.of("20"));
        f.put("testSealNumber", List.of(seal + "-T"));
        f.put("backupSealNumber", List.of(seal + "-B"));
        f.put("backupLocation", List.of("LAB"));
        f.put("unitPrice", List.of("0.40"));
        f.put("amountPaid", List.of("24.00"));
        return f;
    }
}
