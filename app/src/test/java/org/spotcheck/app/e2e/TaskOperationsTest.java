package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Inbox operations (issue 8): filters and paging, transfer, delegate and give back, tasks I completed. */
class TaskOperationsTest extends SpotCheckE2e {

    /** A second account with one role in one organisation (no second factor, so HTTP Basic works). */
    private String colleague(String prefix, String org, String orgType, String region, String role) {
        String user = prefix + "-" + Instant.now().toEpochMilli() % 10_000_000;
        transactions.executeWithoutResult(s -> {
            accounts.insert(user, passwords.encode(Api.PASSWORD), "同事 " + user, org, orgType, region, Instant.now());
            accounts.insertRole(user, role);
            accounts.markDemo(user);
        });
        return user;
    }

    @Test
    void theInboxPageFiltersByScopeSortsAndRefusesAnUnknownSortBesideTheFilter() {
        String code = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        String task = api.taskId("plan-reviewer", code, "reviewPlan");
        Browserless reviewer = new Browserless(port, "plan-reviewer");

        Browserless.Page all = reviewer.get("/tasks");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("id=\"task-" + task + "\"").contains("id=\"inbox-filter\"").contains("id=\"inbox-total\"");
        // unclaimed: open to claim, not yet among mine
        assertThat(reviewer.get("/tasks?scope=claimable").body()).contains("id=\"task-" + task + "\"");
        assertThat(reviewer.get("/tasks?scope=mine").body()).doesNotContain("id=\"task-" + task + "\"");
        assertThat(api.post("plan-reviewer", "/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(200);
        assertThat(reviewer.get("/tasks?scope=mine&sort=due&dir=asc").body()).contains("id=\"task-" + task + "\"");
        assertThat(reviewer.get("/tasks?scope=claimable").body()).doesNotContain("id=\"task-" + task + "\"");

        // by step: the step list offers the steps in the inbox
        assertThat(all.body()).contains("<option value=\"reviewPlan\"");
        assertThat(reviewer.get("/tasks?step=reviewPlan").body()).contains("id=\"task-" + task + "\"");
        assertThat(reviewer.get("/tasks?step=approvePlan").body()).doesNotContain("id=\"task-" + task + "\"");
        assertThat(reviewer.get("/tasks?dueBefore=2026-13-01").body()).contains("id=\"filter-error\"").contains("日期格式为 yyyy-MM-dd");

        Browserless.Page bad = reviewer.get("/tasks?sort=priority");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"filter-error\"").contains("sort: created, due or name");
    }

    @Test
    void theInboxFiltersByProductAndRegionOnTheApiAndThePage() {
        String caseCode = flow.approvedCase(flow.submittedPlan("TISSUE_PAPER"));
        String sampler = flow.samplers(caseCode).get(0);
        String task = api.taskId(sampler, caseCode, "recordSampling");
        assertThat(task).isNotNull();
        String product = api.get("planner", "/api/spot-check-tasks/" + caseCode).get("productCode").asString();

        assertThat(api.get(sampler, "/api/tasks?product=" + product + "&region=320100").body()).contains(task);
        assertThat(api.get(sampler, "/api/tasks?product=NO_SUCH_PRODUCT").body()).doesNotContain(task);
        assertThat(api.get(sampler, "/api/tasks?region=320500").body()).doesNotContain(task);

        Browserless page = new Browserless(port, sampler);
        String row = "id=\"task-" + task + "\"";
        assertThat(page.get("/tasks?product=" + product + "&region=320100").body()).contains(row).contains("value=\"" + product + "\"");
        assertThat(page.get("/tasks?product=NO_SUCH_PRODUCT").body()).doesNotContain(row);
        assertThat(page.get("/tasks?region=320500").body()).doesNotContain(row);

        // issue 17.4: the row names the enterprise and the product the task is about, not their codes
        String html = page.get("/tasks?businessKey=" + caseCode).body();
        String taskRow = html.substring(html.indexOf(row), html.indexOf("</tr>", html.indexOf(row)));
        String enterprise = api.get("planner", "/api/spot-check-tasks/" + caseCode).get("enterpriseCode").asString();
        String enterpriseName = jdbcName(enterprise);
        assertThat(taskRow).contains("<td class=\"product\">纸巾纸</td>").contains("<td class=\"enterprise\">" + enterpriseName + "</td>")
                .doesNotContain(">" + enterprise + "<");
        assertThat(page.get("/tasks?businessKey=" + caseCode + "&lang=en").body()).contains("<td class=\"product\">Tissue paper (");
    }

    private String jdbcName(String enterpriseCode) {
        return jdbc.queryForObject("SELECT name FROM pln_enterprise WHERE code = ?", String.class, enterpriseCode);
    }

    @Test
    void selectedTasksAreClaimedTogetherAndOneAnotherUserClaimedFirstIsReported() {
        String first = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        String second = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        String taken = api.taskId("plan-reviewer", first, "reviewPlan");
        String free = api.taskId("plan-reviewer", second, "reviewPlan");
        // another section reviewer of the same authority claims the first one before plan-reviewer submits
        String other = colleague("rev", "AUTH-320100", "AUTHORITY", "320100", "PLAN_REVIEWER");
        assertThat(api.post(other, "/api/tasks/" + taken + "/claim", Map.of()).status()).isEqualTo(200);

        Browserless reviewer = new Browserless(port, "plan-reviewer");
        Browserless.Page inbox = reviewer.get("/tasks?scope=claimable&businessKey=" + second);
        assertThat(inbox.body()).contains("id=\"claim-selected\"").contains("name=\"ids\" form=\"claim-selected\" value=\"" + free + "\"");
        Browserless.Page sent = reviewer.post("/tasks/claim", Map.of("ids", List.of(taken, free)), inbox.csrf());
        assertThat(sent.status()).isEqualTo(302);
        String after = reviewer.get(sent.location().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(after).contains("id=\"claimed-all\"").contains("已签收 1 项").contains(second)
                .contains("id=\"taken-all\"").contains("1 项已被他人签收").contains("由 同事 " + other + " 签收")
                .doesNotContain("id=\"unavailable-all\"");
        assertThat(api.get("plan-reviewer", "/api/tasks/" + free).json().get("task").get("assignee").asString()).isEqualTo("plan-reviewer");
        assertThat(api.get(other, "/api/tasks/" + taken).json().get("task").get("assignee").asString()).isEqualTo(other);

        // a task that is not his at all (another authority's step) is neither claimed nor named
        Browserless.Page again = reviewer.post("/tasks/claim", Map.of("ids", List.of("no-such-task")), reviewer.get("/tasks").csrf());
        assertThat(reviewer.get(again.location().replaceFirst("^https?://[^/]+", "")).body()).contains("1 项已不在您的待办中");
    }

    @Test
    void onThePagesADelegateGivesTheTaskBackAndTheOwnerSubmitsIt() {
        String code = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        String task = api.taskId("plan-reviewer", code, "reviewPlan");
        String helper = colleague("reviewer-lent", "AUTH-320100", "AUTHORITY", "320100", "PLAN_REVIEWER");
        assertThat(api.post("plan-reviewer", "/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(200);
        Browserless owner = new Browserless(port, "plan-reviewer");
        Browserless.Page page = owner.get("/tasks/" + task);
        assertThat(page.body()).doesNotContain("id=\"give-back-form\"");
        Browserless.Page lent = owner.post("/tasks/" + task + "/hand-over",
                Map.of("action", List.of("delegate"), "toUser", List.of(helper), "comment", List.of("请核预算")), page.csrf());
        assertThat(lent.status()).as(lent.body()).isEqualTo(302);

        Browserless delegate = new Browserless(port, helper);
        Browserless.Page helperPage = delegate.get("/tasks/" + task);
        assertThat(helperPage.body()).contains("id=\"give-back-form\"").contains("陈刚 委托您办理此任务")
                .doesNotContain("plan-reviewer 委托您");
        // the case's record names the colleague it was lent to by name, never by login
        assertThat(api.get("planner", "/api/cases/" + code).body()).contains("委托给 同事 " + helper + "：请核预算")
                .doesNotContain("委托给 " + helper);
        assertThat(owner.get("/tasks/" + task).body()).doesNotContain("id=\"give-back-form\"");
        // the owner cannot give back what he lent
        assertThat(owner.post("/tasks/" + task + "/give-back", Map.of("comment", List.of("x")), page.csrf()).body())
                .contains("该任务没有委托给您");

        Browserless.Page back = delegate.post("/tasks/" + task + "/give-back", Map.of("comment", List.of("预算核过，无误")), helperPage.csrf());
        assertThat(back.status()).isEqualTo(302);
        assertThat(api.complete("plan-reviewer", task, Map.of("decision", "APPROVE")).status()).isEqualTo(204);
        assertThat(api.get("planner", "/api/cases/" + code).body()).contains("委托办理意见：预算核过，无误");
    }

    @Test
    void theTaskPageTransfersAndDelegatesWithTheErrorBesideTheColleagueField() {
        String code = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        String task = api.taskId("plan-reviewer", code, "reviewPlan");
        String colleague = colleague("reviewer-page", "AUTH-320100", "AUTHORITY", "320100", "PLAN_REVIEWER");
        Browserless reviewer = new Browserless(port, "plan-reviewer");
        Browserless.Page page = reviewer.get("/tasks/" + task);
        assertThat(page.body()).contains("id=\"hand-over-form\"");

        // delegation needs a claimed task; a planner is not a reviewer; both shown beside the field, nothing moves
        Browserless.Page delegate = reviewer.post("/tasks/" + task + "/hand-over",
                Map.of("action", List.of("delegate"), "toUser", List.of(colleague)), page.csrf());
        assertThat(delegate.status()).isEqualTo(200);
        assertThat(delegate.body()).contains("id=\"toUser-error\"").contains("请先签收再委托");
        Browserless.Page wrong = reviewer.post("/tasks/" + task + "/hand-over",
                Map.of("action", List.of("transfer"), "toUser", List.of("planner"), "comment", List.of("请处理")), page.csrf());
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"toUser-error\"").contains("只能转给同一机构中具有相同角色的同事")
                .contains("<option value=\"" + colleague + "\"").contains("请处理"); // the picker is offered again
        assertThat(api.get("plan-reviewer", "/api/tasks/" + task).get("task").get("assignee").isNull()).isTrue(); // nothing moved

        Browserless.Page moved = reviewer.post("/tasks/" + task + "/hand-over",
                Map.of("action", List.of("transfer"), "toUser", List.of(colleague), "comment", List.of("出差")), page.csrf());
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.location()).endsWith("/tasks");
        // the record names the colleague by name ("同事 …" in this test's account), never by login
        assertThat(api.get("planner", "/api/cases/" + code).body()).contains("转办给 同事 " + colleague + "：出差")
                .doesNotContain("转办给 " + colleague);
        assertThat(api.complete(colleague, task, Map.of("decision", "APPROVE")).status()).isEqualTo(204);
    }

    @Test
    void aTaskIsTransferredOnlyToAColleagueWithTheSameRoleInTheSameOrganisation() {
        String code = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        String task = api.taskId("plan-reviewer", code, "reviewPlan");
        String colleague = colleague("reviewer2", "AUTH-320100", "AUTHORITY", "320100", "PLAN_REVIEWER");
        String elsewhere = colleague("reviewer-sz", "AUTH-320500", "AUTHORITY", "320500", "PLAN_REVIEWER");

        // the picker offers exactly the colleagues who may take it: same role, same authority, not oneself
        List<String> offered = api.get("plan-reviewer", "/api/tasks/" + task + "/colleagues").json().valueStream()
                .map(c -> c.get("username").asString()).toList();
        assertThat(offered).contains(colleague).doesNotContain(elsewhere, "planner", "plan-reviewer", "plan-approver");
        assertThat(new Browserless(port, "plan-reviewer").get("/tasks/" + task).body())
                .contains("<option value=\"" + colleague + "\"").doesNotContain("<option value=\"" + elsewhere + "\"");
        assertThat(api.get("lab1-tester", "/api/tasks/" + task + "/colleagues").status()).isEqualTo(404);

        Api.Response otherAuthority = api.post("plan-reviewer", "/api/tasks/" + task + "/transfer", Map.of("toUser", elsewhere));
        assertThat(otherAuthority.status()).isEqualTo(422);
        assertThat(otherAuthority.rule()).isEqualTo("TARGET_NOT_ELIGIBLE");
        assertThat(api.post("plan-reviewer", "/api/tasks/" + task + "/transfer", Map.of("toUser", "planner")).status()).isEqualTo(422);
        assertThat(api.post("plan-reviewer", "/api/tasks/" + task + "/transfer", Map.of("toUser", "nobody-at-all")).status()).isEqualTo(422);
        // someone who cannot see the task cannot transfer it
        assertThat(api.post("lab1-tester", "/api/tasks/" + task + "/transfer", Map.of("toUser", colleague)).status()).isEqualTo(404);

        Api.Response moved = api.post("plan-reviewer", "/api/tasks/" + task + "/transfer", Map.of("toUser", colleague, "comment", "出差"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.get("assignee").asString()).isEqualTo(colleague);
        // now it is the colleague's: it left the first reviewer's inbox, he can no longer complete it
        assertThat(api.taskId("plan-reviewer", code, "reviewPlan")).isNull();
        assertThat(api.complete("plan-reviewer", task, Map.of("decision", "APPROVE")).status()).isEqualTo(404);
        assertThat(api.complete(colleague, task, Map.of("decision", "APPROVE")).status()).isEqualTo(204);
        JsonNode timeline = api.get("planner", "/api/cases/" + code).json();
        assertThat(timeline.toString()).contains("转办给 同事 " + colleague).doesNotContain("转办给 " + colleague);
    }

    @Test
    void aDelegatedTaskComesBackToItsOwnerWhoCompletesIt() {
        String code = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        String task = api.taskId("plan-reviewer", code, "reviewPlan");
        String helper = colleague("reviewer3", "AUTH-320100", "AUTHORITY", "320100", "PLAN_REVIEWER");
        assertThat(api.post("plan-reviewer", "/api/tasks/" + task + "/delegate", Map.of("toUser", helper)).status())
                .as("claim first").isEqualTo(409);
        assertThat(api.post("plan-reviewer", "/api/tasks/" + task + "/claim", null).status()).isEqualTo(200);
        Api.Response lent = api.post("plan-reviewer", "/api/tasks/" + task + "/delegate", Map.of("toUser", helper, "comment", "请核预算"));
        assertThat(lent.status()).as(lent.body()).isEqualTo(200);
        assertThat(lent.get("assignee").asString()).isEqualTo(helper);
        assertThat(api.complete(helper, task, Map.of("decision", "APPROVE")).status()).as("a delegate gives back").isEqualTo(409);
        assertThat(api.post("plan-reviewer", "/api/tasks/" + task + "/resolve", Map.of()).status()).isEqualTo(409);
        assertThat(api.post(helper, "/api/tasks/" + task + "/resolve", Map.of("comment", "预算核对无误")).status()).isEqualTo(200);
        assertThat(api.complete("plan-reviewer", task, Map.of("decision", "APPROVE")).status()).isEqualTo(204);
        assertThat(api.get("plan-reviewer", "/api/tasks/completed").json().valueStream()
                .anyMatch(t -> t.get("id").asString().equals(task))).isTrue();
    }

    @Test
    void theInboxFiltersSortsAndPagesWithATotal() throws Exception {
        String first = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        String second = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        HttpResponse<String> page = get("plan-reviewer", "/api/tasks?taskKey=reviewPlan&sort=created&dir=desc&page=0&size=1");
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode tasks = Api.parse(page.body());
        assertThat(tasks.size()).isEqualTo(1);
        assertThat(Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow())).isGreaterThanOrEqualTo(2);
        JsonNode next = Api.parse(get("plan-reviewer", "/api/tasks?taskKey=reviewPlan&sort=created&dir=desc&page=1&size=1").body());
        // the two newest, one per page (MariaDB keeps whole seconds, so the two may share a creation time)
        assertThat(java.util.List.of(tasks.get(0).get("businessKey").asString(), next.get(0).get("businessKey").asString()))
                .containsExactlyInAnyOrder(first, second);
        assertThat(java.time.Instant.parse(tasks.get(0).get("createdAt").asString()))
                .isAfterOrEqualTo(java.time.Instant.parse(next.get(0).get("createdAt").asString()));

        assertThat(api.get("plan-reviewer", "/api/tasks?taskKey=recordSampling").json().size()).isZero();
        JsonNode mine = api.get("plan-reviewer", "/api/tasks?scope=mine&taskKey=reviewPlan").json();
        assertThat(mine.valueStream().map(t -> t.get("businessKey").asString())).doesNotContain(first, second);
        assertThat(mine.valueStream().allMatch(t -> t.get("assignee").asString().equals("plan-reviewer"))).isTrue();
        JsonNode claimable = api.get("plan-reviewer", "/api/tasks?scope=claimable&taskKey=reviewPlan&size=200").json();
        assertThat(claimable.valueStream().map(t -> t.get("businessKey").asString())).contains(first, second);
        Api.Response badSort = api.get("plan-reviewer", "/api/tasks?sort=assignee;drop");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.errorFields()).containsExactly("sort");
        assertThat(api.get("plan-reviewer", "/api/tasks?size=100000").status()).isEqualTo(400);
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
