package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** Closes a case whose report found no non-conformity. */
@Component("closeConformingCaseDelegate")
public class CloseConformingCaseDelegate implements JavaDelegate {

    private final ResultHandling resultHandling;

    public CloseConformingCaseDelegate(ResultHandling resultHandling) {
        this.resultHandling = resultHandling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        resultHandling.closeConforming(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
    }
}
