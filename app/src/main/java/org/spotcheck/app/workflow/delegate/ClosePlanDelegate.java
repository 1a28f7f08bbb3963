package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.shared.Actor;
import org.spotcheck.planning.api.Plans;
import org.springframework.stereotype.Component;

/** Closes the plan once all of its spot-checks have ended. */
@Component("closePlanDelegate")
public class ClosePlanDelegate implements JavaDelegate {

    private final Plans plans;

    public ClosePlanDelegate(Plans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.closePlan(Actor.SYSTEM, ProcessVariables.PLAN_ID.in(execution));
    }
}
