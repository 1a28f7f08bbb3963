package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.disposal.api.DisposalApi;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Component;

/** A re-inspection is overdue (R14: 75 days; R16: day 90): the supervising authority is alerted (timer). */
@Component("reportReinspectionOverdueDelegate")
public class ReportReinspectionOverdueDelegate implements JavaDelegate {

    private final DisposalApi disposal;

    public ReportReinspectionOverdueDelegate(DisposalApi disposal) {
        this.disposal = disposal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        disposal.reportReinspectionOverdue(Actor.SYSTEM, ((Number) execution.getVariable(SpotCheckProcess.DISPOSAL_CASE_ID)).longValue());
    }
}
