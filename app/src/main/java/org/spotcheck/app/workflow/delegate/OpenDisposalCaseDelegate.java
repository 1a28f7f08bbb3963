package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.DisposalApi;
import org.spotcheck.disposal.api.OpenCaseCommand;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.stereotype.Component;

/** Opens the result-handling case with a snapshot of the issued report. */
@Component("openDisposalCaseDelegate")
public class OpenDisposalCaseDelegate implements JavaDelegate {

    private final TestingApi testing;
    private final DisposalApi disposal;

    public OpenDisposalCaseDelegate(TestingApi testing, DisposalApi disposal) {
        this.testing = testing;
        this.disposal = disposal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportView report = testing.getReport(Actor.SYSTEM, ((Number) execution.getVariable(SpotCheckProcess.REPORT_ID)).longValue());
        LabSampleView sample = testing.getLabSample(Actor.SYSTEM, report.labSampleId());
        CaseView opened = disposal.openCase(Actor.SYSTEM, new OpenCaseCommand(report.taskCode(), report.sampleCode(),
                report.reportNo(), (String) execution.getVariable(SpotCheckProcess.AUTHORITY_CODE), report.labCode(),
                (String) execution.getVariable(SpotCheckProcess.ENTERPRISE_CODE), sample.enterpriseName(),
                sample.productName(), report.conclusion(), report.grade()));
        execution.setVariable(SpotCheckProcess.DISPOSAL_CASE_ID, opened.id());
    }
}
