package org.spotcheck.app.workflow;

import java.util.Map;
import org.flowable.engine.RuntimeService;
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
                SpotCheckProcess.PLAN_ID, event.planId(),
                SpotCheckProcess.AUTHORITY_CODE, event.authorityCode(),
                SpotCheckProcess.DRAFTER, event.drafter(),
                SpotCheckProcess.SECTION_REVIEW, event.sectionReview(),
                SpotCheckProcess.APPROVAL_LEVELS, event.approvalLevels()));
    }
}
