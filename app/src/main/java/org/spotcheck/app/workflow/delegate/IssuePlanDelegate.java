package org.spotcheck.app.workflow.delegate;

import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.security.CurrentActor;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.Plans;
import org.springframework.stereotype.Component;

/** Issues the approved plan: random draws and one spot-check task per drawn enterprise. */
@Component("issuePlanDelegate")
public class IssuePlanDelegate implements JavaDelegate {

    private final Plans plans;

    public IssuePlanDelegate(Plans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ProcessVariables.PLAN_ID.in(execution);
        List<String> caseCodes = plans.issuePlan(CurrentActor.get(), planId);
        ProcessVariables.CASE_CODES.set(execution, new ArrayList<>(caseCodes));
    }
}
