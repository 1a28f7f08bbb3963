package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.flowable.common.engine.impl.runtime.Clock;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.calendar.BusinessCalendar;
import org.spotcheck.shared.StatutoryPeriod.DayCount;
import org.spotcheck.app.workflow.deadline.TaskDeadlines;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Due dates from the configured rule, reminders before and escalation of overdue statutory steps to
 * the supervising role (issue 8 point 3), with the workflow clock moved instead of waiting.
 */
class EscalationTest extends ResultHandlingE2e {

    @Autowired
    TaskService taskService;

    @Autowired
    TaskDeadlines deadlines;

    @Autowired
    BusinessCalendar calendar;

    @AfterEach
    void resetClock() {
        engine.getClock().reset();
    }

    private void clockAt(Instant at) {
        Clock clock = engine.getClock();
        clock.setCurrentTime(Date.from(at));
    }

    private JsonNode inboxTask(String user, String caseCode, String taskKey) {
        return api.get(user, "/api/tasks").json().valueStream()
                .filter(t -> caseCode.equals(t.get("businessKey").asString()) && taskKey.equals(t.get("taskKey").asString()))
                .findFirst().orElseThrow(() -> new AssertionError(taskKey + " of " + caseCode + " not in the inbox of " + user));
    }

    private List<JsonNode> notifications(String user, String caseCode, String kind) {
        Api.Response r = api.get(user, "/api/notifications");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().valueStream()
                .filter(n -> caseCode.equals(n.get("businessKey").asString()) && kind.equals(n.get("kind").asString())).toList();
    }

    @Test
    void theNoticeStepIsDueFiveWorkingDaysAfterItOpensIsRemindedTheDayBeforeAndEscalatedToTheDirectorWhenOverdue() {
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());
        JsonNode task = inboxTask("officer", c.caseCode(), "serveNotice");
        Instant created = Instant.parse(task.get("createdAt").asString());
        // the configured rule: 5 working days (R25) through the business calendar, due at the end of that day
        LocalDate dueDay = calendar.add(BusinessCalendar.day(created), 5, DayCount.WORKING_DAYS);
        Instant dueAt = BusinessCalendar.endOfDay(dueDay);
        assertThat(Instant.parse(task.get("dueAt").asString())).isEqualTo(dueAt);
        assertThat(task.get("escalated").asBoolean()).isFalse();

        // not yet: the day before the reminder day
        Instant remindAt = BusinessCalendar.at(calendar.subtract(dueDay, 1, DayCount.WORKING_DAYS), LocalTime.of(9, 0));
        clockAt(remindAt.minusSeconds(60));
        deadlines.sweep();
        assertThat(notifications("officer", c.caseCode(), "DUE_SOON")).isEmpty();

        clockAt(remindAt.plusSeconds(60));
        deadlines.sweep();
        deadlines.sweep();
        assertThat(notifications("officer", c.caseCode(), "DUE_SOON")).hasSize(1);
        assertThat(notifications("plan-approver", c.caseCode(), "OVERDUE_ESCALATED")).isEmpty();

        clockAt(dueAt.plusSeconds(1));
        deadlines.sweep();
        deadlines.sweep(); // a second sweep escalates nothing twice
        List<JsonNode> escalated = notifications("plan-approver", c.caseCode(), "OVERDUE_ESCALATED");
        assertThat(escalated).hasSize(1);
        assertThat(escalated.get(0).get("message").asString()).contains("督办").contains("送达检验结果通知书").contains(dueDay.toString());
        // another authority's director is not told
        assertThat(notifications("plan-approver-sz", c.caseCode(), "OVERDUE_ESCALATED")).isEmpty();
        // the people doing it see the task overdue and escalated, on the API and the inbox page
        JsonNode overdue = inboxTask("officer", c.caseCode(), "serveNotice");
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("escalated").asBoolean()).isTrue();
        assertThat(notifications("officer", c.caseCode(), "OVERDUE")).hasSize(1);
        assertThat(taskService.getTaskComments(overdue.get("id").asString()))
                .anyMatch(comment -> comment.getFullMessage().contains("逾期督办至 南京市市场监督管理局 局领导审批"))
                .noneMatch(comment -> comment.getFullMessage().contains("PLAN_APPROVER") || comment.getFullMessage().contains("AUTH-"));
        // the case page, read over HTTP, names the organisation and the role, never the group's code (issue 17)
        String casePage = new Browserless(port, "officer").get("/cases/" + c.caseCode()).body();
        assertThat(casePage).contains("逾期督办至 南京市市场监督管理局 局领导审批").doesNotContain("PLAN_APPROVER");
        assertThat(new Browserless(port, "officer").get("/tasks").body()).contains("badge text-bg-warning escalated");
    }

    @Test
    void anOverdueLabStepIsEscalatedToTheLabsSignatoryAndTheCommissioningAuthorityButNotAnotherLab() {
        SpotCheckFlow spotCheck = flow.spotCheck();
        String caseCode = spotCheck.approvedCase(spotCheck.submittedPlan("PLASTIC_BAG"));
        spotCheck.received(caseCode, spotCheck.sampled(caseCode));
        JsonNode task = inboxTask("lab1-tester", caseCode, "enterResults");
        Instant dueAt = Instant.parse(task.get("dueAt").asString());

        clockAt(dueAt.minusSeconds(60));
        deadlines.sweep();
        assertThat(notifications("lab1-approver", caseCode, "OVERDUE_ESCALATED")).isEmpty();

        clockAt(dueAt.plusSeconds(60));
        deadlines.sweep();
        assertThat(notifications("lab1-approver", caseCode, "OVERDUE_ESCALATED")).hasSize(1);
        assertThat(notifications("officer", caseCode, "OVERDUE_ESCALATED")).hasSize(1);
        assertThat(notifications("lab2-approver", caseCode, "OVERDUE_ESCALATED")).isEmpty();
        assertThat(inboxTask("lab1-tester", caseCode, "enterResults").get("escalated").asBoolean()).isTrue();
    }

    @Test
    void everyStepCarriesADueDateFromItsRuleOrFromItsStatutoryTimer() {
        // a local rule: the section review is due 5 working days after it opens
        SpotCheckFlow spotCheck = flow.spotCheck();
        String plan = spotCheck.submittedPlan("PLASTIC_BAG").get("code").asString();
        JsonNode review = inboxTask("plan-reviewer", plan, "reviewPlan");
        Instant opened = Instant.parse(review.get("createdAt").asString());
        assertThat(Instant.parse(review.get("dueAt").asString()))
                .isEqualTo(BusinessCalendar.endOfDay(calendar.add(BusinessCalendar.day(opened), 5, DayCount.WORKING_DAYS)));

        // a statutory one: the enterprise's objection is due when the objection window (R5) closes, at the end
        // of its last day in Beijing time like the rule's task (its timer fires at 00:00 after it)
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        JsonNode served = flow.caseById("officer", c.caseId());
        JsonNode objection = inboxTask(c.enterprise(), c.caseCode(), "fileObjection");
        LocalDate objectionLastDay = LocalDate.parse(served.get("objectionDeadline").asString());
        assertThat(Instant.parse(objection.get("dueAt").asString())).isEqualTo(BusinessCalendar.endOfDay(objectionLastDay));
        assertThat(objection.get("dueOn").asString()).isEqualTo(objectionLastDay.toString());
        // the two kinds agree: the same time of day, 23:59:59 Beijing
        assertThat(Instant.parse(objection.get("dueAt").asString()).atZone(ResultHandlingFlow.CHINA).toLocalTime())
                .isEqualTo(Instant.parse(review.get("dueAt").asString()).atZone(ResultHandlingFlow.CHINA).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(23, 59, 59));
    }

    @Test
    void theLabStepsOfAReinspectionAreDueFromReceiptAndEscalatedWhenOverdueToo() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        flow.orderRectification(c, false);
        flow.reportRectification(c);
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        List<String> drawn = flow.spotCheck().samplers(c.caseCode());
        String sampling = api.taskId(drawn.get(0), c.caseCode(), "recordReinspectionSampling");
        String seal = "ESC" + Math.abs(c.caseCode().hashCode()) + "x" + (System.nanoTime() % 100000);
        java.util.Map<String, Object> form = SpotCheckFlow.samplingForm(flow.spotCheck().productCode(c.caseCode()), seal, drawn);
        form.put("amountPaid", 0);
        form.put("unitPrice", 0);
        assertThat(api.complete(drawn.get(0), sampling, form).status()).isEqualTo(204);
        String receive = api.taskId("lab1-tester", c.caseCode(), "receiveSample");
        assertThat(api.complete("lab1-tester", receive, java.util.Map.of("sampleCode", "YP-" + c.caseCode() + "-F1",
                "testSealNumber", seal + "-T", "sealIntact", true)).status()).isEqualTo(204);

        // the re-inspection's enterResults (process labTest) has the lab deadline as its due date
        JsonNode enter = inboxTask("lab1-tester", c.caseCode(), "enterResults");
        assertThat(enter.get("processKey").asString()).isEqualTo("labTest");
        Instant dueAt = Instant.parse(enter.get("dueAt").asString());
        assertThat(dueAt).isAfter(Instant.now());

        // the labTest process has no reminder timers of its own: the sweep reminds before the due day
        clockAt(dueAt.minusSeconds(3600));
        deadlines.sweep();
        assertThat(notifications("lab1-tester", c.caseCode(), "DUE_SOON")).as("reminded before it fell due").hasSize(1);
        assertThat(notifications("lab1-approver", c.caseCode(), "OVERDUE_ESCALATED")).isEmpty();

        clockAt(dueAt.plusSeconds(60));
        deadlines.sweep();
        assertThat(notifications("lab1-approver", c.caseCode(), "OVERDUE_ESCALATED")).hasSize(1);
        assertThat(inboxTask("lab1-tester", c.caseCode(), "enterResults").get("escalated").asBoolean()).isTrue();
    }

    /** Issue 8: every user task of every process has a due date, from the BPMN (statutory) or a configured rule. */
    @Test
    void everyUserTaskOfEveryProcessHasADueDateSource() throws Exception {
        List<String> missing = new java.util.ArrayList<>();
        for (org.springframework.core.io.Resource resource : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:processes/*.bpmn20.xml")) {
            try (java.io.InputStream in = resource.getInputStream()) {
                org.flowable.bpmn.model.BpmnModel model = new org.flowable.bpmn.converter.BpmnXMLConverter()
                        .convertToBpmnModel(new org.flowable.common.engine.impl.util.io.InputStreamSource(in), true, false);
                for (org.flowable.bpmn.model.UserTask task : model.getMainProcess().findFlowElementsOfType(org.flowable.bpmn.model.UserTask.class)) {
                    var rule = deadlines.rule(task.getId());
                    if (task.getDueDate() == null && (rule == null || rule.days() == null)) {
                        missing.add(resource.getFilename() + ":" + task.getId());
                    }
                }
            }
        }
        assertThat(missing).as("user tasks without a due date").isEmpty();
    }
}
