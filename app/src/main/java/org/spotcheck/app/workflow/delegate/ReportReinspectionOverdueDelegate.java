package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.Reinspections;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** A re-inspection is overdue (R14: 75 days; R16: day 90): the supervising authority is alerted (timer). */
@Component("reportReinspectionOverdueDelegate")
public class ReportReinspectionOverdueDelegate implements JavaDelegate {

    private final Reinspections reinspections;

    public ReportReinspectionOverdueDelegate(Reinspections reinspections) {
        this.reinspections = reinspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reinspections.reportReinspectionOverdue(Actor.SYSTEM, ProcessVariables.DISPOSAL_CASE_ID.in(execution));
    }
}
