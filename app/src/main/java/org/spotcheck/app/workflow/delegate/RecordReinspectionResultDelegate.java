package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.ResultHandlingProcess;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.disposal.api.Reinspections;
import org.spotcheck.disposal.api.TestResultCommand;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.stereotype.Component;

/** The re-inspection's report decides what follows: PASSED, ESCALATE, SUSPEND or REVOKE. */
@Component("recordReinspectionResultDelegate")
public class RecordReinspectionResultDelegate implements JavaDelegate {

    private final TestingApi testing;
    private final Reinspections reinspections;

    public RecordReinspectionResultDelegate(TestingApi testing, Reinspections reinspections) {
        this.testing = testing;
        this.reinspections = reinspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportView report = testing.getReport(Actor.SYSTEM, ((Number) execution.getVariable(SpotCheckProcess.REPORT_ID)).longValue());
        ReinspectionView round = reinspections.recordReinspectionResult(Actor.SYSTEM,
                ((Number) execution.getVariable(SpotCheckProcess.DISPOSAL_CASE_ID)).longValue(),
                new TestResultCommand(report.reportNo(), report.conclusion(), report.grade(), report.failedItems()));
        execution.setVariable(ResultHandlingProcess.REINSPECTION_OUTCOME, round.outcome());
    }
}
