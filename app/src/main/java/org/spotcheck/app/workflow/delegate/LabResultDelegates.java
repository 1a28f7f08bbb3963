package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.disposal.api.Reinspections;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.disposal.api.TestResultCommand;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The issued report of a lab chain (lab-test.bpmn20.xml) goes to the disposal case: a re-test's or a re-inspection's. */
@Configuration
class LabResultDelegates {

    /** The issued re-test report decides the disputed items for good (R8); the fee rule follows (R7). */
    @Bean
    JavaDelegate recordRetestResultDelegate(TestingApi testing, ResultHandling resultHandling) {
        return execution -> {
            CaseView c = resultHandling.recordRetestResult(Actor.SYSTEM, caseId(execution), issuedReport(testing, execution));
            ProcessVariables.FINAL_CONFORMING.set(execution, c.finalConforming());
        };
    }

    /** The re-inspection's report decides what follows: PASSED, ESCALATE, SUSPEND or REVOKE. */
    @Bean
    JavaDelegate recordReinspectionResultDelegate(TestingApi testing, Reinspections reinspections) {
        return execution -> {
            ReinspectionView round = reinspections.recordReinspectionResult(Actor.SYSTEM, caseId(execution),
                    issuedReport(testing, execution));
            ProcessVariables.REINSPECTION_OUTCOME.set(execution, round.outcome());
        };
    }

    private static long caseId(DelegateExecution execution) {
        return ProcessVariables.DISPOSAL_CASE_ID.in(execution);
    }

    /** The report the lab chain issued, as the result the disposal case records. */
    private static TestResultCommand issuedReport(TestingApi testing, DelegateExecution execution) {
        ReportView report = testing.getReport(Actor.SYSTEM, ProcessVariables.REPORT_ID.in(execution));
        return new TestResultCommand(report.reportNo(), report.conclusion(), report.grade(), report.failedItems());
    }
}
