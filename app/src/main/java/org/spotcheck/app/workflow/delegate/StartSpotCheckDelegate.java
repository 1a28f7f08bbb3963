package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.config.WorkflowSettings;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** Reads the spot-check task and routes the process: who samples, which lab, which authority. */
@Component("startSpotCheckDelegate")
public class StartSpotCheckDelegate implements JavaDelegate {

    private final SpotCheckTasks spotCheckTasks;
    private final String confirmationReminder;

    public StartSpotCheckDelegate(SpotCheckTasks spotCheckTasks, WorkflowSettings.Sampling settings) {
        this.spotCheckTasks = spotCheckTasks;
        this.confirmationReminder = settings.confirmationReminder();
    }

    @Override
    public void execute(DelegateExecution execution) {
        SpotCheckTaskView task = spotCheckTasks.getSpotCheckTask(Actor.SYSTEM, ProcessVariables.CASE_CODE.in(execution));
        ProcessVariables.AUTHORITY_CODE.set(execution, task.authorityCode());
        ProcessVariables.LAB_CODE.set(execution, task.labCode());
        ProcessVariables.ENTERPRISE_CODE.set(execution, task.enterpriseCode());
        ProcessVariables.SAMPLER_USERS.set(execution, String.join(",", task.samplerUsernames()));
        ProcessVariables.PRODUCT_CODE.set(execution, task.productCode());
        ProcessVariables.REGION_CODE.set(execution, task.regionCode());
        // how long the enterprise has to confirm the sampling form before it is reminded (ISO-8601 duration)
        ProcessVariables.CONFIRMATION_REMINDER.set(execution, confirmationReminder);
    }
}
