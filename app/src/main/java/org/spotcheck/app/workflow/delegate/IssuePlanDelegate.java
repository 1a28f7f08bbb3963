package org.spotcheck.app.workflow.delegate;

import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.security.CurrentActor;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.planning.api.PlanningApi;
import org.springframework.stereotype.Component;

/** Issues the approved plan: random draws and one spot-check task per drawn enterprise. */
@Component("issuePlanDelegate")
public class IssuePlanDelegate implements JavaDelegate {

    private final PlanningApi planning;

    public IssuePlanDelegate(PlanningApi planning) {
        this.planning = planning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable(SpotCheckProcess.PLAN_ID)).longValue();
        List<String> caseCodes = planning.issuePlan(CurrentActor.get(), planId);
        execution.setVariable(SpotCheckProcess.CASE_CODES, new ArrayList<>(caseCodes));
    }
}
