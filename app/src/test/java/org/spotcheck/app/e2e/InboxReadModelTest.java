package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.InboxQuery;
import org.spotcheck.app.workflow.TaskView;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Role;

/**
 * The inbox's per-candidate read model sys_inbox_entry (issue 14.1, ADR 0014 amended) follows every change the
 * engine makes to a task: after a claim, an unclaim, a delegation, an owner, due date or name change, a candidate
 * group or user added or removed, and a completion, the task's rows are exactly what the engine's task and
 * candidate links say (one row per assignee, owner, candidate user and candidate group; candidate rows visible only
 * while the task is unassigned), and the inbox answers as Flowable's TaskQuery does.
 */
class InboxReadModelTest extends InboxProbeTestBase {

    String run;
    Actor tester;
    Actor tester2;
    Actor reviewer;
    String task;

    @BeforeEach
    void start() {
        run = deployProbe();
        String org = "PRM" + run;
        tester = labActor("t1-" + run, org, Role.LAB_TESTER);
        tester2 = labActor("t2-" + run, org, Role.LAB_TESTER);
        reviewer = labActor("r1-" + run, org, Role.LAB_REVIEWER);
        Map<String, Object> vars = new HashMap<>();
        vars.put("probeGroups", "LAB_TESTER:" + org);
        vars.put("probeUsers", "nobody-" + run);
        vars.put("probeDue", Date.from(Instant.parse("2031-03-01T02:00:00Z")));
        task = startProbe("PRM-" + run, vars);
    }

    @Test
    void theReadModelFollowsClaimUnclaimDelegationCandidatesAndCompletion() {
        follows("created");
        assertThat(visible(tester, "claimable")).containsExactly(task);

        taskService.claim(task, tester.username());
        follows("claimed");
        assertThat(visible(tester, "mine")).containsExactly(task);
        assertThat(visible(tester2, "all")).isEmpty();

        taskService.unclaim(task);
        follows("unclaimed");
        assertThat(visible(tester2, "claimable")).containsExactly(task);

        taskService.addCandidateGroup(task, "LAB_REVIEWER:PRM" + run);
        follows("candidate group added");
        assertThat(visible(reviewer, "claimable")).containsExactly(task);

        taskService.deleteCandidateGroup(task, "LAB_TESTER:PRM" + run);
        follows("candidate group removed");
        assertThat(visible(tester, "all")).isEmpty();

        taskService.addCandidateUser(task, tester2.username());
        follows("candidate user added");
        assertThat(visible(tester2, "claimable")).containsExactly(task);
        taskService.deleteCandidateUser(task, tester2.username());
        follows("candidate user removed");
        assertThat(visible(tester2, "all")).isEmpty();

        taskService.claim(task, reviewer.username());
        taskService.delegateTask(task, tester.username());
        follows("delegated");
        assertThat(visible(tester, "mine")).containsExactly(task);
        assertThat(visible(reviewer, "all")).containsExactly(task); // the owner

        taskService.resolveTask(task);
        taskService.setOwner(task, null);
        follows("resolved, owner cleared");

        Instant due = Instant.parse("2031-04-02T02:00:00Z");
        taskService.setDueDate(task, Date.from(due));
        follows("due date changed");
        assertThat(inbox.inbox(reviewer, new InboxQuery("mine", null, null, null, null, null, "due", "asc", 0, 20)).tasks())
                .extracting(TaskView::id).containsExactly(task);
        assertThat(jdbc.queryForObject("SELECT MIN(due_date) FROM sys_inbox_entry WHERE task_id = ?", java.sql.Timestamp.class, task)
                .toInstant()).isEqualTo(due.truncatedTo(ChronoUnit.MILLIS));

        taskService.complete(task);
        assertThat(entries()).as("completed").isEmpty();
        assertThat(visible(reviewer, "all")).isEmpty();
    }

    /** The task's rows are what the engine says now, and the inbox of each actor agrees with TaskQuery. */
    private void follows(String after) {
        assertThat(entries()).as(after).isEqualTo(expected());
        for (Actor actor : List.of(tester, tester2, reviewer)) {
            List<String> flowable = taskService.createTaskQuery().processDefinitionKey("inboxProbe").or()
                    .taskAssignee(actor.username()).taskOwner(actor.username()).taskCandidateUser(actor.username())
                    .taskCandidateGroupIn(actor.candidateGroups()).endOr().list().stream().map(Task::getId).toList();
            assertThat(visible(actor, "all")).as(after + ": " + actor.username()).isEqualTo(flowable);
        }
    }

    private Set<String> entries() {
        return new TreeSet<>(jdbc.queryForList("SELECT kind, who, visible, unassigned FROM sys_inbox_entry WHERE task_id = ?", task)
                .stream().map(r -> r.get("kind") + ":" + r.get("who") + ":" + r.get("visible") + ":" + r.get("unassigned")).toList());
    }

    private Set<String> expected() {
        Task t = taskService.createTaskQuery().taskId(task).singleResult();
        int unassigned = t.getAssignee() == null ? 1 : 0;
        Set<String> rows = new TreeSet<>();
        if (t.getAssignee() != null) {
            rows.add("a:" + t.getAssignee() + ":1:0");
        }
        if (t.getOwner() != null) {
            rows.add("o:" + t.getOwner() + ":1:" + unassigned);
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task)) {
            if (link.getType().equals("candidate")) {
                rows.add((link.getUserId() != null ? "u:" + link.getUserId() : "g:" + link.getGroupId()) + ":" + unassigned + ":" + unassigned);
            }
        }
        return rows;
    }}
