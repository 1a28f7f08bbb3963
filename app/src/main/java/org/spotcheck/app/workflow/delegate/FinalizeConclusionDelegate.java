package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** The objection window closed without an objection: the conclusion is final (timer). */
@Component("finalizeConclusionDelegate")
public class FinalizeConclusionDelegate implements JavaDelegate {

    private final ResultHandling resultHandling;

    public FinalizeConclusionDelegate(ResultHandling resultHandling) {
        this.resultHandling = resultHandling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = resultHandling.finalizeConclusion(Actor.SYSTEM,
                ProcessVariables.DISPOSAL_CASE_ID.in(execution));
        ProcessVariables.FINAL_CONFORMING.set(execution, c.finalConforming());
    }
}
