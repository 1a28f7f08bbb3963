package org.spotcheck.app.e2e;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.spotcheck.app.workflow.InboxQuery;
import org.spotcheck.app.workflow.TaskInboxService;
import org.spotcheck.app.workflow.TaskView;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the inbox tests of issue 14.1 share (ADR 0014): the probe process ({@code inbox/inbox-probe.bpmn20.xml}, one
 * user task whose candidates, due date, product and region come from variables), a tag that keeps one run's tasks and
 * users apart, lab users made up for the run, and the inbox as one of them sees it.
 */
abstract class InboxProbeTestBase extends SpotCheckE2e {

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskInboxService inbox;

    /** Deploys the probe process (once: duplicates are filtered) and returns a tag for this run. */
    String deployProbe() {
        repository.createDeployment().addClasspathResource("inbox/inbox-probe.bpmn20.xml").name("inbox probe")
                .enableDuplicateFiltering().deploy();
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    /** Starts a probe instance with these variables and returns its one task. */
    String startProbe(String businessKey, Map<String, Object> vars) {
        String instance = runtime.startProcessInstanceByKey("inboxProbe", businessKey, vars).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    /** A user of lab {@code org} in region 320100 with these roles (none: a user who is only a candidate by name). */
    static Actor labActor(String user, String org, Role... roles) {
        EnumSet<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(List.of(roles));
        return new Actor(user, held, org, OrgType.LAB, "320100");
    }

    /** The ids of the probe tasks in the actor's inbox in this scope (all, mine, claimable), newest first. */
    List<String> visible(Actor actor, String scope) {
        return inbox.inbox(actor, new InboxQuery(scope, "inboxProbe", null, null, null, null, "created", "desc", 0, 200)).tasks()
                .stream().map(TaskView::id).toList();
    }
}
