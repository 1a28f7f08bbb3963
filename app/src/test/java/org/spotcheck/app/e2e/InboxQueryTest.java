package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.InboxPage;
import org.spotcheck.app.workflow.InboxQuery;
import org.spotcheck.app.workflow.TaskView;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Role;
import tools.jackson.databind.JsonNode;

/**
 * The inbox in SQL (issue 14.1, ADR 0014) against Flowable's own TaskQuery, which the inbox used
 * before: over a seeded set of probe tasks across groups, candidate users, owners and assignees, for
 * several actors, every scope, sort, direction, filter and page gives the same tasks in the same order
 * and the same count; and a claimed, delegated or handed-over task moves between inboxes.
 */
class InboxQueryTest extends InboxProbeTestBase {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    String org;
    String otherOrg;
    Actor tester;
    Actor tester2;
    Actor reviewer;
    Actor both;
    Actor outsider;
    Actor userOnly;
    List<String> seeded;

    @BeforeEach
    void seed() {
        String run = deployProbe();
        org = "PRB" + run;
        otherOrg = "PRX" + run;
        tester = labActor("t1-" + run, org, Role.LAB_TESTER);
        tester2 = labActor("t2-" + run, org, Role.LAB_TESTER);
        reviewer = labActor("r1-" + run, org, Role.LAB_REVIEWER);
        both = labActor("tr-" + run, org, Role.LAB_TESTER, Role.LAB_REVIEWER);
        outsider = labActor("o1-" + run, otherOrg, Role.LAB_TESTER);
        userOnly = labActor("u1-" + run, org);
        String[] groups = {"LAB_TESTER:" + org, "LAB_REVIEWER:" + org, "LAB_TESTER:" + otherOrg};
        Instant dayZero = LocalDate.of(2031, 3, 1).atStartOfDay(CHINA).toInstant();
        seeded = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("probeGroups", groups[i % 3]);
            vars.put("probeUsers", i % 4 == 0 ? userOnly.username() : "nobody-" + run);
            // some without a due date; the others on different days, two tasks on each day at different hours
            vars.put("probeDue", i % 5 == 0 ? null : Date.from(dayZero.plus(i / 2, ChronoUnit.DAYS).plus(i % 2 * 20, ChronoUnit.HOURS)));
            vars.put("productCode", i % 2 == 0 ? "PROBE_A" + run : "PROBE_B" + run);
            vars.put("regionCode", i % 3 == 0 ? "320100" : "320200");
            seeded.add(startProbe("PRB-" + run + "-" + i, vars));
        }
        // the engine changes the tasks in all the ways the inbox must follow
        taskService.claim(seeded.get(0), tester.username());
        taskService.claim(seeded.get(3), tester.username());
        taskService.delegateTask(seeded.get(3), reviewer.username());
        taskService.setAssignee(seeded.get(6), outsider.username());
        taskService.setOwner(seeded.get(7), userOnly.username());
        taskService.claim(seeded.get(9), tester2.username());
        taskService.setAssignee(seeded.get(9), both.username());
        taskService.setPriority(seeded.get(12), 90);
    }

    private List<Actor> actors() {
        return List.of(tester, tester2, reviewer, both, outsider, userOnly);
    }

    /** The old inbox: Flowable's TaskQuery with the visibility OR, the scope, the sort and the tie-break. */
    private TaskQuery flowable(Actor actor, String scope, String sort, String dir) {
        TaskQuery query = taskService.createTaskQuery().processDefinitionKey("inboxProbe");
        if (scope.equals("mine")) {
            query.taskAssignee(actor.username());
        } else {
            query.or().taskAssignee(actor.username()).taskOwner(actor.username()).taskCandidateUser(actor.username());
            if (!actor.candidateGroups().isEmpty()) {
                query.taskCandidateGroupIn(actor.candidateGroups());
            }
            query.endOr();
            if (scope.equals("claimable")) {
                query.taskUnassigned();
            }
        }
        switch (sort) {
            case "due" -> query.orderByTaskDueDate();
            case "name" -> query.orderByTaskName();
            default -> query.orderByTaskCreateTime();
        }
        if (dir.equals("asc")) {
            query.asc().orderByTaskId().asc();
        } else {
            query.desc().orderByTaskId().desc();
        }
        return query;
    }

    private InboxQuery query(String scope, String sort, String dir, int page, int size) {
        return new InboxQuery(scope, "inboxProbe", null, null, null, null, sort, dir, page, size);
    }

    private static List<String> ids(List<TaskView> views) {
        return views.stream().map(TaskView::id).toList();
    }

    private static List<String> taskIds(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }

    @Test
    void everyActorScopeSortAndDirectionGivesFlowablesTasksInFlowablesOrderWithItsCount() {
        for (Actor actor : actors()) {
            for (String scope : List.of("all", "mine", "claimable")) {
                for (String sort : List.of("created", "due", "name")) {
                    for (String dir : List.of("asc", "desc")) {
                        List<String> expected = taskIds(flowable(actor, scope, sort, dir).list());
                        InboxPage page = inbox.inbox(actor, query(scope, sort, dir, 0, InboxQuery.MAX_SIZE));
                        String what = actor.username() + " " + scope + " " + sort + " " + dir;
                        assertThat(ids(page.tasks())).as(what).isEqualTo(expected);
                        assertThat(page.total()).as(what).isEqualTo(flowable(actor, scope, sort, dir).count());
                    }
                }
            }
        }
        // the seeded set really exercises the rule: groups, a candidate user, an owner, a delegate, assignees
        assertThat(inbox.inbox(tester, query("all", "created", "asc", 0, 200)).total()).isGreaterThan(5);
        assertThat(ids(inbox.inbox(userOnly, query("all", "created", "asc", 0, 200)).tasks())).contains(seeded.get(4), seeded.get(7));
        assertThat(ids(inbox.inbox(reviewer, query("mine", "created", "asc", 0, 200)).tasks())).containsExactly(seeded.get(3));
    }

    @Test
    void pagesFollowEachOtherWithoutOverlapOrGapAndAPageBeyondTheEndIsEmpty() {
        for (Actor actor : List.of(tester, both)) {
            for (String sort : List.of("created", "due", "name")) {
                List<String> whole = taskIds(flowable(actor, "all", sort, "desc").list());
                List<String> paged = new ArrayList<>();
                for (int p = 0; p * 3 < whole.size(); p++) {
                    InboxPage page = inbox.inbox(actor, query("all", sort, "desc", p, 3));
                    assertThat(page.total()).isEqualTo(whole.size());
                    assertThat(page.tasks()).hasSizeLessThanOrEqualTo(3);
                    paged.addAll(ids(page.tasks()));
                }
                assertThat(paged).as(actor.username() + " " + sort).isEqualTo(whole);
                InboxPage beyond = inbox.inbox(actor, query("all", sort, "desc", whole.size() / 3 + 1, 3));
                assertThat(beyond.tasks()).isEmpty();
                assertThat(beyond.total()).isEqualTo(whole.size());
            }
        }
    }

    /**
     * The count stops at a limit (issue 14: 1,000 in production, {@link InboxQuery#COUNT_LIMIT}; a small one here): with
     * more tasks than the limit the page says "more" and its total is the limit, yet every page, also past the limit, is
     * the same as Flowable's; with the limit at or above the number of tasks the count is exact. Over HTTP the header
     * follows: X-Total-Count when exact, X-Total-Count-Exceeds when not.
     */
    @Test
    void theCountStopsAtTheLimitAndEveryPageIsStillServed() {
        for (Actor actor : List.of(tester, both)) {
            List<String> whole = taskIds(flowable(actor, "all", "created", "desc").list());
            assertThat(whole).hasSizeGreaterThan(5);
            int limit = whole.size() - 3;
            List<String> paged = new ArrayList<>();
            for (int p = 0; p * 2 < whole.size(); p++) {
                InboxPage page = inbox.inbox(actor, query("all", "created", "desc", p, 2), limit);
                assertThat(page.more()).isTrue();
                assertThat(page.total()).isEqualTo(limit);
                paged.addAll(ids(page.tasks()));
            }
            assertThat(paged).as(actor.username()).isEqualTo(whole);
            InboxPage beyond = inbox.inbox(actor, query("all", "created", "desc", whole.size() / 2 + 1, 2), limit);
            assertThat(beyond.tasks()).isEmpty();

            InboxPage exact = inbox.inbox(actor, query("all", "created", "desc", 0, 2), whole.size());
            assertThat(exact.more()).isFalse();
            assertThat(exact.total()).isEqualTo(whole.size());
            assertThat(inbox.inbox(actor, query("all", "created", "desc", 0, 2)).more()).isFalse();
        }

        java.net.http.HttpResponse<String> raw = api.exchange("GET", "/api/tasks?size=1", Map.of("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString(("lab2-tester:" + Api.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8))), null);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("X-Total-Count")).isPresent();
        assertThat(raw.headers().firstValue("X-Total-Count-Exceeds")).isEmpty();
    }

    @Test
    void eachFilterGivesFlowablesAnswer() {
        String product = "PROBE_A" + org.substring(3);
        for (Actor actor : List.of(tester, both, userOnly)) {
            // product and region: the read model, against the process variables Flowable filtered on
            assertThat(ids(inbox.inbox(actor, new InboxQuery(null, "inboxProbe", null, product, null, null, null, null, 0, 200)).tasks()))
                    .as("product").isEqualTo(taskIds(flowable(actor, "all", "created", "desc").processVariableValueEquals("productCode", product).list()));
            assertThat(ids(inbox.inbox(actor, new InboxQuery(null, "inboxProbe", null, null, "320100", null, null, null, 0, 200)).tasks()))
                    .as("region").isEqualTo(taskIds(flowable(actor, "all", "created", "desc").processVariableValueEquals("regionCode", "320100").list()));
            assertThat(inbox.inbox(actor, new InboxQuery(null, "inboxProbe", null, product, "320100", null, null, null, 0, 200)).total())
                    .as("product and region").isEqualTo(flowable(actor, "all", "created", "desc").processVariableValueEquals("productCode", product)
                            .processVariableValueEquals("regionCode", "320100").count());
            // step and process
            assertThat(ids(inbox.inbox(actor, new InboxQuery(null, "inboxProbe", "probeStep", null, null, null, null, null, 0, 200)).tasks()))
                    .isEqualTo(taskIds(flowable(actor, "all", "created", "desc").list()));
            assertThat(inbox.inbox(actor, new InboxQuery(null, "inboxProbe", "otherStep", null, null, null, null, null, 0, 200)).total()).isZero();
            assertThat(inbox.inbox(actor, new InboxQuery(null, "noSuchProcess", null, null, null, null, null, null, 0, 200)).total()).isZero();
            // due date range: whole days in China time, both ends included
            LocalDate from = LocalDate.of(2031, 3, 3);
            LocalDate to = LocalDate.of(2031, 3, 6);
            Predicate<Task> inRange = t -> t.getDueDate() != null
                    && !t.getDueDate().toInstant().isBefore(from.atStartOfDay(CHINA).toInstant())
                    && t.getDueDate().toInstant().isBefore(to.plusDays(1).atStartOfDay(CHINA).toInstant());
            List<String> expected = flowable(actor, "all", "due", "asc").list().stream().filter(inRange).map(Task::getId).toList();
            InboxPage range = inbox.inbox(actor, new InboxQuery(null, "inboxProbe", null, null, null, to, "due", "asc", 0, 200, null, from));
            assertThat(ids(range.tasks())).as("due range").isEqualTo(expected);
            assertThat(range.total()).isEqualTo(expected.size());
            assertThat(ids(inbox.inbox(actor, new InboxQuery(null, "inboxProbe", null, null, null, to, "due", "asc", 0, 200)).tasks()))
                    .as("due before").isEqualTo(taskIds(flowable(actor, "all", "due", "asc")
                            .taskDueBefore(Date.from(to.plusDays(1).atStartOfDay(CHINA).toInstant())).list()));
        }
        // business key: one instance's task, only for whom it is visible
        String key = runtime.createProcessInstanceQuery().processInstanceId(
                taskService.createTaskQuery().taskId(seeded.get(1)).singleResult().getProcessInstanceId()).singleResult().getBusinessKey();
        InboxPage byKey = inbox.inbox(reviewer, new InboxQuery(null, null, null, null, null, null, null, null, 0, 20, key, null));
        assertThat(ids(byKey.tasks())).containsExactly(seeded.get(1));
        assertThat(byKey.tasks().get(0).businessKey()).isEqualTo(key);
        assertThat(byKey.tasks().get(0).processKey()).isEqualTo("inboxProbe");
        assertThat(inbox.inbox(tester, new InboxQuery(null, null, null, null, null, null, null, null, 0, 20, key, null)).total()).isZero();
    }

    @Test
    void aClaimedDelegatedOrHandedOverTaskMovesBetweenInboxes() {
        String task = seeded.get(12); // LAB_TESTER of org, unclaimed, escalated
        assertThat(visible(tester, "claimable")).contains(task);
        assertThat(visible(tester2, "claimable")).contains(task);
        assertThat(inbox.inbox(tester, query("all", "created", "desc", 0, 200)).tasks().stream()
                .filter(t -> t.id().equals(task)).findFirst().orElseThrow().escalated()).isTrue();

        taskService.claim(task, tester.username());
        assertThat(visible(tester, "mine")).contains(task);
        assertThat(visible(tester, "claimable")).doesNotContain(task);
        assertThat(visible(tester2, "all")).doesNotContain(task);

        taskService.delegateTask(task, reviewer.username());
        assertThat(visible(reviewer, "mine")).contains(task);
        assertThat(visible(tester, "all")).contains(task); // the owner still sees it
        assertThat(visible(tester, "mine")).doesNotContain(task);

        taskService.resolveTask(task);
        assertThat(visible(reviewer, "all")).doesNotContain(task);
        assertThat(visible(tester, "mine")).contains(task);

        // hand-over (转办) to a colleague: the assignee changes, the first tester is no longer its owner
        taskService.setOwner(task, null);
        taskService.setAssignee(task, tester2.username());
        assertThat(visible(tester2, "mine")).contains(task);
        assertThat(visible(tester, "all")).doesNotContain(task);

        // given back to the group: claimable again for both
        taskService.unclaim(task);
        assertThat(visible(tester, "claimable")).contains(task);
        assertThat(visible(tester2, "claimable")).contains(task);
        for (Actor actor : actors()) {
            assertThat(visible(actor, "all")).as(actor.username()).isEqualTo(taskIds(flowable(actor, "all", "created", "desc").list()));
        }
    }

    /** The inbox page past one page of tasks: its pager links keep the filters and the page's language (pager :: pageLink). */
    @Test
    void theInboxPagerKeepsTheFiltersAndTheLanguage() {
        String user = "pgr-" + org.substring(3).toLowerCase();
        transactions.executeWithoutResult(s -> {
            accounts.insert(user, passwords.encode(Api.PASSWORD), "抽样员 " + user, "AUTH-320100", "AUTHORITY", "320100",
                    java.time.Instant.now());
            accounts.insertRole(user, Role.SAMPLER.name());
            accounts.markDemo(user); // no first-login password change
        });
        for (int i = 0; i < 21; i++) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("probeGroups", "NOBODY:" + org);
            vars.put("probeUsers", user); // a candidate by name
            vars.put("probeDue", null);
            startProbe("PGR-" + org + "-" + i, vars);
        }
        Browserless browser = new Browserless(port, user);
        String first = browser.get("/tasks?step=probeStep&lang=en").body();
        assertThat(first).contains("id=\"inbox-pager\"").containsPattern(
                "id=\"page-next\" href=\"/tasks\\?[^\"]*step=probeStep&amp;[^\"]*page=1&amp;lang=en\"");
        String second = browser.get("/tasks?step=probeStep&page=1&lang=en").body();
        assertThat(second).containsPattern("id=\"page-prev\" href=\"/tasks\\?[^\"]*step=probeStep&amp;[^\"]*page=0&amp;lang=en\"");
        assertThat(browser.get("/tasks?step=probeStep&page=1").body()).containsPattern("id=\"page-prev\" href=\"[^\"]*page=0\"");
    }

    @Test
    void theApiFiltersByBusinessKeyAndDueDateRange() {
        String code = flow.submittedPlan("TISSUE_PAPER").get("code").asString();
        Api.Response byKey = api.get("plan-reviewer", "/api/tasks?businessKey=" + code);
        assertThat(byKey.status()).isEqualTo(200);
        assertThat(byKey.json().valueStream().map(t -> t.get("businessKey").asString()).collect(Collectors.toSet())).containsExactly(code);
        assertThat(byKey.json().valueStream().map(t -> t.get("taskKey").asString()).toList()).containsExactly("reviewPlan");
        JsonNode task = byKey.json().get(0);
        assertThat(api.get("plan-reviewer", "/api/tasks?businessKey=NO-SUCH-" + code).json()).isEmpty();
        // the approver (another role) does not see it by its key either
        assertThat(api.get("plan-approver", "/api/tasks?businessKey=" + code).json()).isEmpty();

        String dueOn = task.get("dueOn").asString();
        assertThat(api.get("plan-reviewer", "/api/tasks?businessKey=" + code + "&dueAfter=" + dueOn + "&dueBefore=" + dueOn).json()).hasSize(1);
        String dayAfter = LocalDate.parse(dueOn).plusDays(1).toString();
        assertThat(api.get("plan-reviewer", "/api/tasks?businessKey=" + code + "&dueAfter=" + dayAfter).json()).isEmpty();
        assertThat(api.get("plan-reviewer", "/api/tasks?dueAfter=2031-02-30").status()).isEqualTo(400);
        Browserless.Page page = new Browserless(port, "plan-reviewer").get("/tasks?businessKey=" + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"task-" + task.get("id").asString() + "\"").contains("id=\"inbox-total\"");
        // the page's filter field shows the number searched for, and any pager link keeps it
        assertThat(page.body()).containsPattern("id=\"businessKey\" name=\"businessKey\"[^>]*value=\"" + java.util.regex.Pattern.quote(code) + "\"");
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("id=\"page-(?:prev|next)\" href=\"([^\"]*)\"").matcher(page.body());
        while (links.find()) {
            assertThat(links.group(1)).contains("businessKey=" + code);
        }
    }
}
