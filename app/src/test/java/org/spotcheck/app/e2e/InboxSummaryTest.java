package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.workflow.TaskInboxService;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Role;

/**
 * The inbox page's chart and its region filter come from one statement (issue 16 review: the region choices were a
 * statement of their own on every render): the caller's tasks are counted by step across their regions, and the
 * regions are those of his tasks, each once, in code order; a task without a region adds none.
 */
class InboxSummaryTest extends InboxProbeTestBase {

    @Test
    void theStepsAreCountedAcrossRegionsAndTheRegionsAreTheCallersTasksOnce() {
        String run = deployProbe();
        String org = "SUM" + run;
        Actor tester = labActor("t1-" + run, org, Role.LAB_TESTER);
        probe("SUM-A-" + run, org, "320500");
        probe("SUM-B-" + run, org, "320100");
        probe("SUM-C-" + run, org, "320500");
        probe("SUM-D-" + run, org, null);

        TaskInboxService.Summary summary = inbox.summary(tester);

        assertThat(summary.regions()).containsExactly("320100", "320500");
        assertThat(summary.steps()).extracting(TaskInboxService.StepTotal::taskKey, TaskInboxService.StepTotal::tasks)
                .containsExactly(tuple("probeStep", 4L));
        // someone else's tasks are not his: another lab's tester sees neither the steps nor the regions
        TaskInboxService.Summary other = inbox.summary(labActor("t2-" + run, "OTHER" + run, Role.LAB_TESTER));
        assertThat(other.regions()).isEmpty();
        assertThat(other.steps()).isEmpty();
    }

    private void probe(String businessKey, String org, String region) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("probeGroups", "LAB_TESTER:" + org);
        vars.put("probeUsers", "nobody-" + businessKey);
        vars.put("probeDue", Date.from(Instant.parse("2031-03-01T02:00:00Z")));
        if (region != null) {
            vars.put("regionCode", region);
        }
        startProbe(businessKey, vars);
    }
}
