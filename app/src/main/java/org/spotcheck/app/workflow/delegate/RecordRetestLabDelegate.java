package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** Records the drawn re-test lab on the case (which refuses the original lab, R9). */
@Component("recordRetestLabDelegate")
public class RecordRetestLabDelegate implements JavaDelegate {

    private final ResultHandling resultHandling;

    public RecordRetestLabDelegate(ResultHandling resultHandling) {
        this.resultHandling = resultHandling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        resultHandling.recordRetestLab(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution),
                ProcessVariables.LAB_CODE.in(execution),
                ProcessVariables.RETEST_DRAW_ID.in(execution));
    }
}
