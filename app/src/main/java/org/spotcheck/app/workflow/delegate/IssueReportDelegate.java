package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.security.CurrentActor;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.stereotype.Component;

/** Numbers and issues the approved report; writes back the number and whether the batch conforms. */
@Component("issueReportDelegate")
public class IssueReportDelegate implements JavaDelegate {

    private final TestingApi testing;

    public IssueReportDelegate(TestingApi testing) {
        this.testing = testing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportView report = testing.issueReport(CurrentActor.get(), ProcessVariables.REPORT_ID.in(execution));
        ProcessVariables.REPORT_NO.set(execution, report.reportNo());
        ProcessVariables.CONFORMING.set(execution, report.conforming());
    }
}
