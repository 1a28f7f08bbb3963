package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.ResultHandlingProcess;
import org.spotcheck.app.workflow.SpotCheckProcess;
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
        CaseView c = resultHandling.abandonRetest(Actor.SYSTEM, ((Number) execution.getVariable(SpotCheckProcess.DISPOSAL_CASE_ID)).longValue(),
                (String) execution.getVariable(SpotCheckProcess.RECEIPT_NOTE));
        execution.setVariable(ResultHandlingProcess.FINAL_CONFORMING, "NO_NONCONFORMITY_FOUND".equals(c.finalConclusion()));
    }
}
