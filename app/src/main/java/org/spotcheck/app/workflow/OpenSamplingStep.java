package org.spotcheck.app.workflow;

import java.util.List;
import org.flowable.engine.TaskService;
import org.spotcheck.shared.CaseNumber;
import org.springframework.stereotype.Component;

/**
 * Whether a case's sampling record is open for its drawn samplers (issue 12.7): a 现场抽样 or
 * 复查抽样 user task of the case is active. Once it is completed the record is sealed.
 */
@Component
public class OpenSamplingStep {

    /** The user tasks in which the drawn samplers fill in a sampling record. */
    static final List<String> SAMPLING_STEPS = org.spotcheck.app.workflow.step.StepLocks.SAMPLING_STEPS;

    private final TaskService tasks;

    OpenSamplingStep(TaskService tasks) {
        this.tasks = tasks;
    }

    public boolean isOpen(CaseNumber caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber.value()).taskDefinitionKeys(SAMPLING_STEPS).count() > 0;
    }
}
