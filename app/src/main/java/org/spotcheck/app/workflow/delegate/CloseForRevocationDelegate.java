package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.Reinspections;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** The case ends with its licence revocation referral; enforcement takes it from there. */
@Component("closeForRevocationDelegate")
public class CloseForRevocationDelegate implements JavaDelegate {

    private final Reinspections reinspections;

    public CloseForRevocationDelegate(Reinspections reinspections) {
        this.reinspections = reinspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reinspections.closeForRevocation(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution),
                ProcessVariables.REVOCATION_REFERRAL_ID.in(execution));
    }
}
