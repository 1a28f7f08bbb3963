package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 抄送 (issue 8 point 2): readers see the case and are told, but cannot act on the task. */
class CopyTest extends SpotCheckE2e {

    private List<JsonNode> copies(String user, String code) {
        return api.get(user, "/api/tasks/copies").json().valueStream()
                .filter(c -> code.equals(c.get("businessKey").asString())).toList();
    }

    @Test
    void aReaderIsToldSeesTheCaseButCannotActAndMarksItRead() {
        String code = flow.submittedPlan("PLASTIC_BAG").get("code").asString();
        String task = api.taskId("plan-reviewer", code, "reviewPlan");

        Api.Response copied = api.post("plan-reviewer", "/api/tasks/" + task + "/copy",
                Map.of("toUsers", List.of("enforcer", "officer"), "comment", "请知悉抽查范围"));
        assertThat(copied.status()).as(copied.body()).isEqualTo(200);
        assertThat(copied.get("copied").valueStream().map(JsonNode::asString).toList()).containsExactlyInAnyOrder("enforcer", "officer");
        // copying again tells nobody twice
        assertThat(api.post("plan-reviewer", "/api/tasks/" + task + "/copy", Map.of("toUsers", List.of("officer"))).get("copied").size())
                .isZero();

        List<JsonNode> mine = copies("officer", code);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("copiedBy").asString()).isEqualTo("plan-reviewer");
        assertThat(mine.get(0).get("comment").asString()).isEqualTo("请知悉抽查范围");
        assertThat(mine.get(0).get("readAt").isNull()).isTrue();
        // people by name, never by login (issue 17)
        assertThat(api.get("officer", "/api/notifications").body()).contains("陈刚 抄送「科室审核」" + code)
                .doesNotContain("plan-reviewer 抄送");
        assertThat(api.get("officer", "/api/cases/" + code).status()).isEqualTo(200);
        // a reader does not act: the task is not his to see or complete
        assertThat(api.get("officer", "/api/tasks/" + task).status()).isEqualTo(404);
        assertThat(api.complete("officer", task, Map.of("decision", "APPROVE")).status()).isEqualTo(404);
        assertThat(api.get("planner", "/api/cases/" + code).body()).contains("抄送 罗军、何静")
                .doesNotContain("抄送 enforcer");

        long copyId = mine.get(0).get("id").asLong();
        assertThat(api.post("enforcer", "/api/tasks/copies/" + copyId + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(api.post("officer", "/api/tasks/copies/" + copyId + "/read", Map.of()).status()).isEqualTo(204);
        assertThat(copies("officer", code).get(0).get("readAt").isNull()).isFalse();
    }

    @Test
    void copiesGoOnlyToOtherActiveAccountsOfTheOrganisationAndOnlyFromSomeoneWhoSeesTheTask() {
        String code = flow.submittedPlan("PLASTIC_BAG").get("code").asString();
        String task = api.taskId("plan-reviewer", code, "reviewPlan");
        for (String wrong : List.of("lab1-tester", "sysadmin", "enterprise-a", "plan-approver-sz", "nobody")) {
            Api.Response refused = api.post("plan-reviewer", "/api/tasks/" + task + "/copy", Map.of("toUsers", List.of("officer", wrong)));
            assertThat(refused.status()).as(wrong).isEqualTo(422);
            assertThat(refused.rule()).isEqualTo("COPY_TARGET_NOT_ELIGIBLE");
        }
        Api.Response none = api.post("plan-reviewer", "/api/tasks/" + task + "/copy", Map.of("toUsers", List.of()));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorFields()).containsExactly("toUsers");
        assertThat(copies("officer", code)).as("a refused copy copies nobody").isEmpty();
        assertThat(api.post("enterprise-a", "/api/tasks/" + task + "/copy", Map.of("toUsers", List.of("officer"))).status()).isEqualTo(404);

        // the page: the error beside the readers field, then a copy with a confirmation
        Browserless reviewer = new Browserless(port, "plan-reviewer");
        Browserless.Page page = reviewer.get("/tasks/" + task);
        assertThat(page.body()).contains("id=\"copy-form\"").contains("value=\"officer\"").doesNotContain("value=\"sysadmin\"");
        Browserless.Page refused = reviewer.post("/tasks/" + task + "/copy", Map.of("toUsers", List.of("lab1-tester")), page.csrf());
        assertThat(refused.body()).contains("id=\"toUsers-error\"").contains("lab1-tester 不能抄送");
        Browserless.Page sent = reviewer.post("/tasks/" + task + "/copy", Map.of("toUsers", List.of("officer"), "comment", List.of("阅")), page.csrf());
        assertThat(sent.status()).isEqualTo(302);
        assertThat(reviewer.get(sent.location().replaceFirst("^https?://[^/]+", "")).body()).contains("id=\"copied-message\"");
        assertThat(new Browserless(port, "officer").get("/tasks/done").body()).contains("data-copy=").contains(code);
    }
}
