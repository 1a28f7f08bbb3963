package org.spotcheck.app.workflow;

import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.event.PlanSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the approval process when a plan is first submitted (or submitted again after a
 * withdrawal). It listens synchronously, so the plan's status change and the new process instance
 * commit or roll back together.
 */
@Component
class PlanSubmittedListener {

    private final RuntimeService runtime;

    PlanSubmittedListener(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(PlanSubmitted event) {
        if (event.resubmission()) {
            return; // the running process continues from its revisePlan task
        }
        runtime.startProcessInstanceByKey(SpotCheckProcess.PLAN_APPROVAL, event.planCode(), Map.of(
                ProcessVariables.PLAN_ID.name(), event.planId(),
                ProcessVariables.AUTHORITY_CODE.name(), event.authorityCode(),
                ProcessVariables.DRAFTER.name(), event.drafter(),
                ProcessVariables.SECTION_REVIEW.name(), event.sectionReview(),
                ProcessVariables.APPROVAL_LEVELS.name(), event.approvalLevels()));
    }
}
