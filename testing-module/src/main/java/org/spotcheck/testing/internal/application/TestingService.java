package org.spotcheck.testing.internal.application;

import org.spotcheck.shared.CaseNumber;
import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Decision;
import org.spotcheck.testing.api.EnterResultsCommand;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReceiveSampleCommand;
import org.spotcheck.testing.api.RegisterLabSampleCommand;
import org.spotcheck.testing.api.ReportVerification;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.RequestCorrectionCommand;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link TestingApi} (19 methods, under the 20 a facade may have) by handing each call to
 * the service of its capability: lab samples, result entry, the report chain, report reads. Every call
 * is one transaction.
 */
@Service
@Transactional
class TestingService implements TestingApi {

    private final LabSampleService labSamples;
    private final ResultEntryService results;
    private final ReportChainService chain;
    private final ReportReadService reads;

    TestingService(LabSampleService labSamples, ResultEntryService results, ReportChainService chain, ReportReadService reads) {
        this.labSamples = labSamples;
        this.results = results;
        this.chain = chain;
        this.reads = reads;
    }

    @Override
    public LabSampleView registerSample(Actor actor, RegisterLabSampleCommand command) {
        return labSamples.registerSample(actor, command);
    }

    @Override
    public LabSampleView receiveSample(Actor actor, long labSampleId, ReceiveSampleCommand command) {
        return labSamples.receiveSample(actor, labSampleId, command);
    }

    @Override
    public ReportView enterResults(Actor actor, long labSampleId, EnterResultsCommand command) {
        return results.enterResults(actor, labSampleId, command);
    }

    @Override
    public void reviewReport(Actor actor, long reportId, Decision decision, String comment) {
        chain.reviewReport(actor, reportId, decision, comment);
    }

    @Override
    public void approveReport(Actor actor, long reportId, Decision decision, String comment) {
        chain.approveReport(actor, reportId, decision, comment);
    }

    @Override
    public void returnReportToReview(Actor actor, long reportId, String comment) {
        chain.returnReportToReview(actor, reportId, comment);
    }

    @Override
    public void withdrawReview(Actor actor, long reportId, String comment) {
        chain.withdrawReview(actor, reportId, comment);
    }

    @Override
    public ReportView issueReport(Actor actor, long reportId) {
        return chain.issueReport(actor, reportId);
    }

    @Override
    public ReportView requestCorrection(Actor actor, long reportId, RequestCorrectionCommand command) {
        return chain.requestCorrection(actor, reportId, command);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] reportPdf(Actor actor, long reportId) {
        return reads.reportPdf(actor, reportId);
    }

    @Override
    @Transactional(readOnly = true)
    public ReportVerification verifyReport(String reportNo, String contentHash) {
        return reads.verifyReport(reportNo, contentHash);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportView> reportVersions(Actor actor, long labSampleId) {
        return reads.reportVersions(actor, labSampleId);
    }

    @Override
    @Transactional(readOnly = true)
    public LabSampleView getLabSample(Actor actor, long labSampleId) {
        return labSamples.getLabSample(actor, labSampleId);
    }

    @Override
    @Transactional(readOnly = true)
    public ReportView getReport(Actor actor, long reportId) {
        return reads.getReport(actor, reportId);
    }

    @Override
    @Transactional(readOnly = true)
    public ReportView currentReport(Actor actor, long labSampleId) {
        return reads.currentReport(actor, labSampleId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabSampleView> listLabSamples(Actor actor) {
        return labSamples.listLabSamples(actor);
    }

    @Override
    @Transactional(readOnly = true)
    public org.spotcheck.shared.Paged<LabSampleView> searchLabSamples(Actor actor, org.spotcheck.testing.api.LabSampleQuery query) {
        return labSamples.searchLabSamples(actor, query);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabSampleView> labSamplesOfCase(Actor actor, CaseNumber caseNumber) {
        return labSamples.labSamplesOfCase(actor, caseNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportView> reportsOfCase(Actor actor, String caseCode) {
        return reads.reportsOfCase(actor, caseCode);
    }
}
