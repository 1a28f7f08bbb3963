package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** The re-test lab rejected the backup portion: no re-test is possible and the first conclusion stands. */
@Component("abandonRetestDelegate")
public class AbandonRetestDelegate implements JavaDelegate {

    private final ResultHandling resultHandling;

    public AbandonRetestDelegate(ResultHandling resultHandling) {
        this.resultHandling = resultHandling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = resultHandling.abandonRetest(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution),
                ProcessVariables.RECEIPT_NOTE.in(execution));
        ProcessVariables.FINAL_CONFORMING.set(execution, c.finalConforming());
    }
}
