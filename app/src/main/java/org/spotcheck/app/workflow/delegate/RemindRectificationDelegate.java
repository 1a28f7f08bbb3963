package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** The 60-day rectification period (R13) has ended without a report: remind the enterprise (timer). */
@Component("remindRectificationDelegate")
public class RemindRectificationDelegate implements JavaDelegate {

    private final ResultHandling resultHandling;

    public RemindRectificationDelegate(ResultHandling resultHandling) {
        this.resultHandling = resultHandling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        resultHandling.remindRectification(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
    }
}
