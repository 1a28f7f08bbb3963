package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.planning.api.PlanningApi;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** Reads the spot-check task and routes the process: who samples, which lab, which authority. */
@Component("startSpotCheckDelegate")
public class StartSpotCheckDelegate implements JavaDelegate {

    private final PlanningApi planning;

    public StartSpotCheckDelegate(PlanningApi planning) {
        this.planning = planning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SpotCheckTaskView task = planning.getSpotCheckTask(Actor.SYSTEM, (String) execution.getVariable(SpotCheckProcess.CASE_CODE));
        execution.setVariable(SpotCheckProcess.AUTHORITY_CODE, task.authorityCode());
        execution.setVariable(SpotCheckProcess.LAB_CODE, task.labCode());
        execution.setVariable(SpotCheckProcess.ENTERPRISE_CODE, task.enterpriseCode());
        execution.setVariable(SpotCheckProcess.SAMPLER_USERS, String.join(",", task.samplerUsernames()));
    }
}
