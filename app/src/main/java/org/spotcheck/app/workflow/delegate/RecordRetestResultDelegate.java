package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.ResultHandlingProcess;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.disposal.api.TestResultCommand;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.stereotype.Component;

/** The issued re-test report decides the disputed items for good (R8); the fee rule follows (R7). */
@Component("recordRetestResultDelegate")
public class RecordRetestResultDelegate implements JavaDelegate {

    private final TestingApi testing;
    private final ResultHandling resultHandling;

    public RecordRetestResultDelegate(TestingApi testing, ResultHandling resultHandling) {
        this.testing = testing;
        this.resultHandling = resultHandling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportView report = testing.getReport(Actor.SYSTEM, ((Number) execution.getVariable(SpotCheckProcess.REPORT_ID)).longValue());
        CaseView c = resultHandling.recordRetestResult(Actor.SYSTEM,
                ((Number) execution.getVariable(SpotCheckProcess.DISPOSAL_CASE_ID)).longValue(),
                new TestResultCommand(report.reportNo(), report.conclusion(), report.grade(), report.failedItems()));
        execution.setVariable(ResultHandlingProcess.FINAL_CONFORMING, "NO_NONCONFORMITY_FOUND".equals(c.finalConclusion()));
    }
}
