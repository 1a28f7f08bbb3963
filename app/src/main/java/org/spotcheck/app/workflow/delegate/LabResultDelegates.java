package org.spotcheck.app.workflow.delegate;

import java.util.List;
import java.util.Set;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.disposal.api.Reinspections;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.disposal.api.TestResultCommand;
import org.spotcheck.sampling.api.SampleView;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.testing.api.LabSampleView;
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

    /**
     * The re-inspection's report decides what follows: PASSED, ESCALATE, SUSPEND or REVOKE. The case keeps the
     * re-inspection's own report, lab and new sample (batch, specification, production date): what the province
     * announces and the revocation referral rest on (Order 18 arts. 47–48).
     */
    @Bean
    JavaDelegate recordReinspectionResultDelegate(TestingApi testing, SamplingApi sampling, Reinspections reinspections) {
        return execution -> {
            ReportView report = testing.getReport(Actor.SYSTEM, ProcessVariables.REPORT_ID.in(execution));
            SampleView sample = sampling.getSample(Actor.SYSTEM, ProcessVariables.SAMPLE_ID.in(execution));
            Set<String> failed = Set.copyOf(report.failedItems());
            List<String> failedNames = report.items() == null ? List.of()
                    : report.items().stream().filter(i -> failed.contains(i.code())).map(LabSampleView.Item::nameZh).toList();
            // their English names for the case log's line in English (brief fix17: the line named the items by code)
            List<String> failedNamesEn = report.items() == null ? List.of()
                    : report.items().stream().filter(i -> failed.contains(i.code()))
                            .map(i -> i.nameEn() == null ? "" : i.nameEn()).toList();
            // the codes in the names' order (V4_280: the round keeps both, an English page names the items from the codes)
            List<String> failedCodes = report.items() == null ? report.failedItems()
                    : report.items().stream().map(LabSampleView.Item::code).filter(failed::contains).toList();
            ReinspectionView round = reinspections.recordReinspectionResult(Actor.SYSTEM, caseId(execution),
                    new TestResultCommand(report.reportNo(), report.conclusion(), report.grade(), failedCodes,
                            report.labCode(), failedNames, new TestResultCommand.Sample(sample.sampleCode(), sample.trademark(),
                                    sample.specification(), sample.batchNumber(), sample.productionDate()), failedNamesEn));
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
