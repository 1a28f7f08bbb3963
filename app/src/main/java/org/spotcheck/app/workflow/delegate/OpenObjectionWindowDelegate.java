package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.ResultHandlingProcess;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Routing only (ADR 0003): whether the notice is served yet (an IN_APP notice waits for the
 * enterprise's acknowledgement) and when the objection window closes (R5: 15 days from service).
 */
@Component("openObjectionWindowDelegate")
public class OpenObjectionWindowDelegate implements JavaDelegate {

    private final ResultHandling resultHandling;

    public OpenObjectionWindowDelegate(ResultHandling resultHandling) {
        this.resultHandling = resultHandling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseView c = resultHandling.getCase(Actor.SYSTEM, ((Number) execution.getVariable(SpotCheckProcess.DISPOSAL_CASE_ID)).longValue());
        boolean served = c.servedAt() != null;
        execution.setVariable(ResultHandlingProcess.NOTICE_SERVED, served);
        if (served) {
            execution.setVariable(ResultHandlingProcess.OBJECTION_WINDOW_END, ResultHandlingProcess.timerAfter(c.objectionDeadline()));
        }
    }
}
