package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.ResultHandlingProcess;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.DisposalApi;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** The objection window closed without an objection: the conclusion is final (timer). */
@Component("finalizeConclusionDelegate")
public class FinalizeConclusionDelegate implements JavaDelegate {

    private final DisposalApi disposal;

    public FinalizeConclusionDelegate(DisposalApi disposal) {
        this.disposal = disposal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = disposal.finalizeConclusion(Actor.SYSTEM,
                ((Number) execution.getVariable(SpotCheckProcess.DISPOSAL_CASE_ID)).longValue());
        execution.setVariable(ResultHandlingProcess.FINAL_CONFORMING, "NO_NONCONFORMITY_FOUND".equals(c.finalConclusion()));
    }
}
