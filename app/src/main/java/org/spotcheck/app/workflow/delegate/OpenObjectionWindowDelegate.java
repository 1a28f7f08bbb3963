package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.ResultHandlingProcess;
import org.spotcheck.app.workflow.variable.ProcessVariables;
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
        CaseView c = resultHandling.getCase(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
        boolean served = c.servedAt() != null;
        ProcessVariables.NOTICE_SERVED.set(execution, served);
        if (served) {
            ProcessVariables.OBJECTION_WINDOW_END.set(execution, ResultHandlingProcess.timerAfter(c.objectionDeadline()));
        }
    }
}
