package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.ResultHandlingProcess;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.disposal.api.DisposalApi;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** Records the drawn re-test lab on the case (which refuses the original lab, R9). */
@Component("recordRetestLabDelegate")
public class RecordRetestLabDelegate implements JavaDelegate {

    private final DisposalApi disposal;

    public RecordRetestLabDelegate(DisposalApi disposal) {
        this.disposal = disposal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        disposal.recordRetestLab(Actor.SYSTEM, ((Number) execution.getVariable(SpotCheckProcess.DISPOSAL_CASE_ID)).longValue(),
                (String) execution.getVariable(SpotCheckProcess.LAB_CODE),
                ((Number) execution.getVariable(ResultHandlingProcess.RETEST_DRAW_ID)).longValue());
    }
}
