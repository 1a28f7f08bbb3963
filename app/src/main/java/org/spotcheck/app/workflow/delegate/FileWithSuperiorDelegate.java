package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.security.CurrentActor;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.Plans;
import org.springframework.stereotype.Component;

/** Records that the approved plan is filed with the superior authority (报上一级备案, domain.md stage A.1). */
@Component("fileWithSuperiorDelegate")
public class FileWithSuperiorDelegate implements JavaDelegate {

    private final Plans plans;

    public FileWithSuperiorDelegate(Plans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.fileWithSuperior(CurrentActor.get(), ProcessVariables.PLAN_ID.in(execution));
    }
}
