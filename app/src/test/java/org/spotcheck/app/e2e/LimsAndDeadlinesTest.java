package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.calendar.BusinessCalendar;
import org.spotcheck.shared.StatutoryPeriod.DayCount;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * LIMS submissions with an Idempotency-Key, the lab's deadline from receipt with its reminder and
 * overdue flag (the workflow clock is moved, nothing waits), the business calendar, and the lab
 * conflict register.
 */
class LimsAndDeadlinesTest extends SpotCheckE2e {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    BusinessCalendar calendar;

    // ------------------------------------------------------------------ 7. LIMS

    @Test
    void aRepeatedLimsSubmissionReturnsTheFirstResultAndNeverDuplicates() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.received(caseCode, flow.sampled(caseCode));
        long labSampleId = labSampleId(caseCode);
        String path = "/api/lims/lab-samples/" + labSampleId + "/results";
        Map<String, Object> body = Map.of("results", SpotCheckFlow.PASSING_BAG);

        HttpResponse<String> noKey = api.postWithHeaders("lab1-tester", path, body, Map.of());
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(Api.parse(noKey.body()).get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");

        // the same validation as the page: a missing result is a 400 on its field, and nothing is kept
        Map<String, String> missing = new HashMap<>(SpotCheckFlow.PASSING_BAG);
        missing.remove("PB-05");
        String key = "LIMS-" + caseCode;
        HttpResponse<String> invalid = api.postWithHeaders("lab1-tester", path, Map.of("results", missing), Map.of("Idempotency-Key", key));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Api.parse(invalid.body()).get("errors").get(0).get("field").asString()).isEqualTo("results.PB-05");
        assertThat(api.taskId("lab1-tester", caseCode, "enterResults")).isNotNull();

        HttpResponse<String> first = api.postWithHeaders("lab1-tester", path, body, Map.of("Idempotency-Key", key));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).contains("false");
        JsonNode created = Api.parse(first.body());
        assertThat(created.get("reportStatus").asString()).isEqualTo("DRAFT");
        assertThat(created.get("conclusionZh").asString()).isEqualTo("所检项目未发现不合格");
        // the process moved on exactly as from the page
        assertThat(api.taskId("lab1-reviewer", caseCode, "reviewReport")).isNotNull();

        HttpResponse<String> again = api.postWithHeaders("lab1-tester", path, body, Map.of("Idempotency-Key", key));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        // the same body with its keys in another order is the same submission
        assertThat(api.postWithHeaders("lab1-tester", path, Map.of("results", new java.util.TreeMap<>(SpotCheckFlow.PASSING_BAG).descendingMap()),
                Map.of("Idempotency-Key", key)).statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tst_report WHERE lab_sample_id = ?", Integer.class, labSampleId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tst_report_event WHERE report_id = ?", Integer.class,
                created.get("reportId").asLong())).isEqualTo(1);

        Map<String, String> other = new HashMap<>(SpotCheckFlow.PASSING_BAG);
        other.put("PB-07", "5.0");
        HttpResponse<String> reused = api.postWithHeaders("lab1-tester", path, Map.of("results", other), Map.of("Idempotency-Key", key));
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(Api.parse(reused.body()).get("rule").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        HttpResponse<String> newKey = api.postWithHeaders("lab1-tester", path, body, Map.of("Idempotency-Key", key + "-2"));
        assertThat(newKey.statusCode()).isEqualTo(409);
        assertThat(Api.parse(newKey.body()).get("rule").asString()).isEqualTo("NO_OPEN_RESULTS_STEP");
        // the key belongs to the lab: another lab with the same key is just another submission (and not its sample)
        assertThat(api.postWithHeaders("lab2-tester", path, body, Map.of("Idempotency-Key", key)).statusCode()).isEqualTo(404);
    }

    @Test
    void aLimsSubmissionThatFailsJudgmentDraftsANonConformingReport() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.received(caseCode, flow.sampled(caseCode));
        Map<String, String> results = new HashMap<>(SpotCheckFlow.PASSING_BAG);
        results.put("PB-02", "0.0245"); // rounds to even 0.024 (GB/T 8170): below the 0.025 mm minimum
        HttpResponse<String> sent = api.postWithHeaders("lab1-tester", "/api/lims/lab-samples/" + labSampleId(caseCode) + "/results",
                Map.of("results", results), Map.of("Idempotency-Key", "judge-" + caseCode));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        JsonNode report = Api.parse(sent.body());
        assertThat(report.get("conclusionZh").asString()).isEqualTo("不合格（一般不合格）");
        JsonNode pb02 = report.get("items").valueStream().filter(i -> i.get("code").asString().equals("PB-02")).findFirst().orElseThrow();
        assertThat(pb02.get("rounded").asString()).isEqualTo("0.024");
        assertThat(pb02.get("verdict").asString()).isEqualTo("FAIL");
    }

    // ------------------------------------------------------------------ 6. deadline, reminder, overdue

    @Test
    void theLabStepsAreDueFromReceiptARemindersFiresBeforeAndTheInboxFlagsOverdue() {
        String caseCode = flow.approvedCase(flow.submittedPlan("PLASTIC_BAG"));
        flow.received(caseCode, flow.sampled(caseCode));
        Instant receivedAt = Instant.parse(api.get("lab1-tester", "/api/lab-samples/" + labSampleId(caseCode)).get("receivedAt").asString());
        // default: 20 working days from the day of receipt, due at the end of that day (China time)
        LocalDate dueDay = calendar.add(BusinessCalendar.day(receivedAt), 20, DayCount.WORKING_DAYS);
        Instant dueAt = BusinessCalendar.endOfDay(dueDay);
        Instant remindAt = BusinessCalendar.at(calendar.subtract(dueDay, 3, DayCount.WORKING_DAYS), LocalTime.of(9, 0));

        JsonNode task = inboxTask("lab1-tester", caseCode, "enterResults");
        assertThat(Instant.parse(task.get("dueAt").asString())).isEqualTo(dueAt);
        assertThat(task.get("overdue").asBoolean()).isFalse();
        String processInstanceId = task.get("processInstanceId").asString();
        assertThat(runtime.getVariable(processInstanceId, "reportRemindAt")).isEqualTo(Date.from(remindAt));

        var clock = engine.getProcessEngineConfiguration().getClock();
        try {
            clock.setCurrentTime(Date.from(remindAt.minusSeconds(60)));
            assertThat(management.createTimerJobQuery().processInstanceId(processInstanceId).executable().list()).isEmpty();
            clock.setCurrentTime(Date.from(remindAt.plusSeconds(60)));
            List<Job> due = management.createTimerJobQuery().processInstanceId(processInstanceId).executable().list();
            assertThat(due).hasSize(1);
            for (Job timer : due) {
                Job executable = management.moveTimerToExecutableJob(timer.getId());
                management.executeJob(executable.getId());
            }
            assertThat(reminders("lab1-tester", caseCode)).hasSize(1);
            assertThat(reminders("lab2-tester", caseCode)).isEmpty();
            assertThat(api.taskId("lab1-tester", caseCode, "enterResults")).as("the reminder does not interrupt the step").isNotNull();

            clock.setCurrentTime(Date.from(dueAt.plusSeconds(1)));
            assertThat(inboxTask("lab1-tester", caseCode, "enterResults").get("overdue").asBoolean()).isTrue();
            Browserless tester = new Browserless(port, "lab1-tester");
            assertThat(tester.get("/tasks").body()).contains("badge text-bg-danger overdue").contains(caseCode + " 检验报告将于");
        } finally {
            clock.reset();
        }
        // the review step carries the same deadline
        flow.resultsEntered(caseCode, SpotCheckFlow.PASSING_BAG);
        assertThat(Instant.parse(inboxTask("lab1-reviewer", caseCode, "reviewReport").get("dueAt").asString())).isEqualTo(dueAt);
    }

    @Test
    void theBusinessCalendarKnowsThe2026HolidaysAndAdjustedWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).as("Sunday 4 Jan is a working day (元旦调休)").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Spring Festival").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 5))).as("Tuesday 5 May, Labour Day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 7, 4))).as("an ordinary Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 7, 6))).as("an ordinary Monday").isTrue();
        // Friday 13 Feb + 1 working day = Saturday 14 Feb (调休上班); + 2 = Tuesday 24 Feb after the festival
        assertThat(calendar.add(LocalDate.of(2026, 2, 13), 1, DayCount.WORKING_DAYS)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.add(LocalDate.of(2026, 2, 13), 2, DayCount.WORKING_DAYS)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.add(LocalDate.of(2026, 9, 30), 1, DayCount.WORKING_DAYS)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.add(LocalDate.of(2026, 10, 9), 1, DayCount.WORKING_DAYS)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.add(LocalDate.of(2026, 9, 30), 15, DayCount.CALENDAR_DAYS)).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(calendar.subtract(LocalDate.of(2026, 2, 24), 1, DayCount.WORKING_DAYS)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.add(LocalDate.of(2026, 3, 2), 20, DayCount.WORKING_DAYS)).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(calendar.add(LocalDate.of(2026, 4, 1), 20, DayCount.WORKING_DAYS)).as("Qingming skipped")
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(calendar.add(LocalDate.of(2026, 4, 1), 25, DayCount.WORKING_DAYS)).as("Labour Day skipped, Saturday 9 May worked")
                .isEqualTo(LocalDate.of(2026, 5, 11));
    }

    // ------------------------------------------------------------------ 1. lab conflicts (R21)

    @Test
    void aLabWithADeclaredConflictForAnEnterpriseAndProductCannotBeAssigned() {
        Api.Response foreign = api.post("lab2-approver", "/api/registers/lab-conflicts",
                Map.of("labCode", "LAB1", "enterpriseCode", "ENT-B", "productCode", "TISSUE_PAPER", "reason", "x"));
        assertThat(foreign.status()).isEqualTo(403);
        Api.Response declared = api.post("lab2-approver", "/api/registers/lab-conflicts", Map.of("labCode", "LAB2",
                "enterpriseCode", "ENT-B", "productCode", "TISSUE_PAPER", "reason", "2026年与该企业签有纸巾纸委托检验合同"));
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        assertThat(api.get("lab2-tester", "/api/registers/lab-conflicts").json().valueStream()
                .anyMatch(c -> c.get("enterpriseCode").asString().equals("ENT-B"))).isTrue();
        assertThat(api.get("lab1-tester", "/api/registers/lab-conflicts").json().valueStream()
                .noneMatch(c -> c.get("labCode").asString().equals("LAB2"))).as("a lab sees its own register only").isTrue();

        Api.Response refused = api.post("planner", "/api/plans", Api.planCommand("利害关系", "TISSUE_PAPER", "320100", "LAB2"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("items[0].labCode");
        assertThat(refused.json().get("errors").get(0).get("rule").asString()).isEqualTo("LAB_CONFLICT");
        assertThat(refused.body()).contains("ENT-B");
        // the same lab for another product, or another lab for the product, is fine
        assertThat(api.post("planner", "/api/plans", Api.planCommand("无利害关系", "ELECTRIC_KETTLE", "320100", "LAB2")).status())
                .isEqualTo(201);
        assertThat(api.post("planner", "/api/plans", Api.planCommand("换承检机构", "TISSUE_PAPER", "320100", "LAB1")).status()).isEqualTo(201);
    }

    @Test
    void aConflictDeclaredAfterDraftingStopsTheIssueBeforeAnyDraw() {
        String cleanUp = "DELETE FROM pln_lab_conflict WHERE lab_code = 'LAB2' AND enterprise_code = 'ENT-B' AND product_code = 'PLASTIC_BAG'";
        jdbc.update(cleanUp); // left by an earlier run on a reused database
        try {
            conflictDeclaredAfterDrafting();
        } finally {
            jdbc.update(cleanUp);
        }
    }

    private void conflictDeclaredAfterDrafting() {
        Map<String, Object> command = Map.of("title", "冲突 " + Instant.now(), "kind", "ANNUAL", "planYear", 2027,
                "legalBasis", "《产品质量法》第十五条", "items", List.of(Map.of("productCode", "PLASTIC_BAG", "regionCode", "320104",
                        "labCode", "LAB2", "batches", 1, "quarter", 2, "budget", 6000, "reason", "HEALTH_SAFETY_RISK")));
        Api.Response drafted = api.post("planner", "/api/plans", command);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        long planId = drafted.get("id").asLong();
        String code = api.post("planner", "/api/plans/" + planId + "/submit", null).get("code").asString();
        flow.decide("plan-reviewer", code, "reviewPlan", "APPROVE", null);
        Api.Response declared = api.post("planner", "/api/registers/lab-conflicts", Map.of("labCode", "LAB2",
                "enterpriseCode", "ENT-B", "productCode", "PLASTIC_BAG", "reason", "承检机构申报：为该企业提供有偿技术服务"));
        assertThat(declared.status()).isEqualTo(200);
        int draws = jdbc.queryForObject("SELECT COUNT(*) FROM pln_draw", Integer.class);

        String approve = api.taskId("plan-approver", code, "approvePlan");
        Api.Response refused = api.complete("plan-approver", approve, Map.of("decision", "APPROVE"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.rule()).isEqualTo("LAB_CONFLICT");
        assertThat(refused.body()).contains("计划项目 1").contains("ENT-B");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pln_draw", Integer.class)).isEqualTo(draws);
        assertThat(api.get("planner", "/api/plans/" + planId).get("status").asString()).isEqualTo("REVIEWED");
        assertThat(api.taskId("plan-approver", code, "approvePlan")).isEqualTo(approve);
    }

    // ------------------------------------------------------------------ helpers

    long labSampleId(String caseCode) {
        return api.get("lab1-tester", "/api/lab-samples").json().valueStream()
                .filter(s -> s.get("taskCode").asString().equals(caseCode)).findFirst().orElseThrow().get("id").asLong();
    }

    JsonNode inboxTask(String user, String caseCode, String taskKey) {
        return api.get(user, "/api/tasks").json().valueStream()
                .filter(t -> caseCode.equals(t.get("businessKey").asString()) && taskKey.equals(t.get("taskKey").asString()))
                .findFirst().orElseThrow(() -> new AssertionError(taskKey + " of " + caseCode + " not in the inbox of " + user));
    }

    List<JsonNode> reminders(String user, String caseCode) {
        return api.get(user, "/api/notifications").json().valueStream()
                .filter(n -> caseCode.equals(n.get("businessKey").asString()) && "DUE_SOON".equals(n.get("kind").asString())).toList();
    }
}
