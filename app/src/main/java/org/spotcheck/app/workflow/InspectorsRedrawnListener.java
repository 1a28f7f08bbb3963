package org.spotcheck.app.workflow;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.spotcheck.app.workflow.step.StepLocks;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.event.InspectorsRedrawn;
import org.spotcheck.shared.ConflictException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands the waiting sampling step of a spot-check to the newly drawn team: the old team's
 * candidate links go, the new team's come, and {@code samplerUsers} follows. Runs in the
 * re-draw's transaction; refuses (409) when the sampling step is no longer waiting.
 */
@Component
class InspectorsRedrawnListener {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final StepLocks locks;

    InspectorsRedrawnListener(RuntimeService runtime, TaskService tasks, StepLocks locks) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.locks = locks;
    }

    @EventListener
    void on(InspectorsRedrawn event) {
        Task sampling = tasks.createTaskQuery().processDefinitionKey(SpotCheckProcess.SPOT_CHECK)
                .processInstanceBusinessKey(event.taskCode()).taskDefinitionKey("recordSampling").singleResult();
        // the one lock order (ADR 0004): the step's row first; a completion that committed since leaves nothing to hold
        if (sampling == null || !locks.holdTask(sampling.getId())) {
            throw new ConflictException("ALREADY_SAMPLED", "sampling is over; the team cannot be drawn again");
        }
        if (sampling.getAssignee() != null) {
            tasks.unclaim(sampling.getId());
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(sampling.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                tasks.deleteCandidateUser(sampling.getId(), link.getUserId());
            }
        }
        for (String user : event.samplerUsernames()) {
            tasks.addCandidateUser(sampling.getId(), user);
        }
        runtime.setVariable(sampling.getProcessInstanceId(), ProcessVariables.SAMPLER_USERS.name(), String.join(",", event.samplerUsernames()));
    }
}
