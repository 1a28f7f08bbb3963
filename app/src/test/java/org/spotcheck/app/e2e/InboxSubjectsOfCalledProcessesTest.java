package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17.4 on the processes that are not the spot check itself: a re-test's and a re-inspection's lab steps (labTest
 * called from resultHandling) name their enterprise and product on the lab's inbox like the first test does, and the
 * case's own steps can be filtered by its region. And the walk's 提醒: the officer's "请审查" of an objection is gone
 * from his list (and his bell) once the objection is decided.
 */
class InboxSubjectsOfCalledProcessesTest extends ResultHandlingE2e {

    @Test
    void aRetestsLabStepsNameTheEnterpriseAndTheProductAndTheDecidedObjectionLeavesTheOfficersReminders() {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        String enterpriseName = flow.caseOf("officer", c.caseCode()).get("enterpriseName").asString();
        assertThat(enterpriseName).isNotBlank();
        assertThat(flow.object(c, List.of("TP-07")).status()).isEqualTo(204);

        assertThat(reminders("officer")).anyMatch(m -> m.contains("提出异议并申请复检"));
        assertThat(subjects("officer", c.caseCode(), "decideObjection")).containsExactly(enterpriseName, "纸巾纸");
        flow.decideObjection(c, "ACCEPT", "受理复检申请");
        assertThat(reminders("officer")).noneMatch(m -> m.contains("提出异议并申请复检"));

        // the walk at ?lang=en: the first lab's list gave the report's conclusion in Chinese only
        String english = new Browserless(port, "lab1-tester").get("/lab-samples?lang=en&number=" + c.caseCode()).body();
        assertThat(english).contains("Non-conforming (").doesNotContain("不合格（");
        assertThat(new Browserless(port, "lab1-tester").get("/lab-samples?number=" + c.caseCode()).body()).contains("不合格（");

        // the re-test lab's receipt: a labTest instance of its own, started by resultHandling
        assertThat(subjects("lab2-tester", c.caseCode(), "receiveSample")).containsExactly(enterpriseName, "纸巾纸");
        // and it is found by the case's region (the labTest instance had no regionCode, the read model none)
        Api.Response inRegion = api.get("lab2-tester", "/api/tasks?region=320104&businessKey=" + c.caseCode());
        assertThat(inRegion.json().valueStream().map(t -> t.get("taskKey").asString()).toList()).isNotEmpty();
    }

    @Test
    void aReinspectionsLabStepsNameTheEnterpriseAndTheProduct() {
        ResultHandlingFlow.Case c = flow.finalNonConforming(ResultHandlingFlow.failingTissue());
        String enterpriseName = flow.caseOf("officer", c.caseCode()).get("enterpriseName").asString();
        flow.orderRectification(c, false);
        flow.reportRectification(c);
        assertThat(flow.organiseReinspection(c).status()).isEqualTo(204);
        List<String> drawn = flow.spotCheck().samplers(c.caseCode());
        assertThat(subjects(drawn.get(0), c.caseCode(), "recordReinspectionSampling")).containsExactly(enterpriseName, "纸巾纸");
        String task = api.taskId(drawn.get(0), c.caseCode(), "recordReinspectionSampling");
        String seal = "RS" + (System.nanoTime() % 1_000_000);
        Map<String, Object> form = SpotCheckFlow.samplingForm(flow.spotCheck().productCode(c.caseCode()), seal, drawn);
        form.put("amountPaid", 0);
        form.put("unitPrice", 0);
        Api.Response sampled = api.complete(drawn.get(0), task, form);
        assertThat(sampled.status()).as(sampled.body()).isEqualTo(204);

        // the re-inspection's lab test: its own labTest instance
        assertThat(subjects("lab1-tester", c.caseCode(), "receiveSample")).containsExactly(enterpriseName, "纸巾纸");
    }

    /** The enterprise and product names of the caller's inbox row of this step of this case. */
    private List<String> subjects(String user, String caseCode, String taskKey) {
        Api.Response inbox = api.get(user, "/api/tasks?businessKey=" + caseCode);
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        JsonNode task = inbox.json().valueStream().filter(t -> taskKey.equals(t.get("taskKey").asString())).findFirst()
                .orElseThrow(() -> new AssertionError(taskKey + " not in the inbox of " + user + ": " + inbox.body()));
        return java.util.Arrays.asList(text(task.get("enterpriseName")), text(task.get("productName")));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    /** The texts of the caller's 提醒 (what the inbox page lists). */
    private List<String> reminders(String user) {
        Api.Response list = api.get(user, "/api/notifications");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream().map(n -> n.get("message").asString()).toList();
    }
}
