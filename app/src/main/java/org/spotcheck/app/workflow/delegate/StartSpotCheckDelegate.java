package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reads the spot-check task and routes the process: who samples, which lab, which authority. */
@Component("startSpotCheckDelegate")
public class StartSpotCheckDelegate implements JavaDelegate {

    private final SpotCheckTasks spotCheckTasks;
    private final String confirmationReminder;

    public StartSpotCheckDelegate(SpotCheckTasks spotCheckTasks,
            @Value("${spotcheck.sampling.confirmation-reminder:P3D}") String confirmationReminder) {
        this.spotCheckTasks = spotCheckTasks;
        this.confirmationReminder = confirmationReminder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SpotCheckTaskView task = spotCheckTasks.getSpotCheckTask(Actor.SYSTEM, (String) execution.getVariable(SpotCheckProcess.CASE_CODE));
        execution.setVariable(SpotCheckProcess.AUTHORITY_CODE, task.authorityCode());
        execution.setVariable(SpotCheckProcess.LAB_CODE, task.labCode());
        execution.setVariable(SpotCheckProcess.ENTERPRISE_CODE, task.enterpriseCode());
        execution.setVariable(SpotCheckProcess.SAMPLER_USERS, String.join(",", task.samplerUsernames()));
        execution.setVariable("productCode", task.productCode());
        execution.setVariable("regionCode", task.regionCode());
        // how long the enterprise has to confirm the sampling form before it is reminded (ISO-8601 duration)
        execution.setVariable(SpotCheckProcess.CONFIRMATION_REMINDER, confirmationReminder);
    }
}
