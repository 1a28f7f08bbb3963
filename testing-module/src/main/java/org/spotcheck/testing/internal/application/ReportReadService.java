package org.spotcheck.testing.internal.application;

import org.spotcheck.shared.tx.KeptRows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.OutOfScopeException;
import org.spotcheck.testing.api.ReportVerification;
import org.spotcheck.testing.api.ReportReads;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.internal.persistence.LabSampleMapper;
import org.spotcheck.testing.internal.persistence.LabSampleRow;
import org.spotcheck.testing.internal.persistence.ReportMapper;
import org.spotcheck.testing.internal.persistence.ReportRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading reports: by id, per sample and case (in the reader's scope), the PDF and the public verification. */
@Service
@Transactional(readOnly = true)
class ReportReadService implements ReportReads {

    private final TestingSupport support;
    private final ReportPdfRenderer pdf;

    ReportReadService(TestingSupport support, ReportPdfRenderer pdf) {
        this.support = support;
        this.pdf = pdf;
    }

    @Override
    public byte[] reportPdf(Actor actor, long reportId) {
        ReportView report = getReport(actor, reportId);
        if (!"ISSUED".equals(report.status())) {
            throw new ConflictException("NOT_ISSUED", "only an issued report has a PDF");
        }
        ReportRow previous = report.previousReportId() == null ? null : support.reports.find(report.previousReportId());
        return pdf.render(report, support.samples.find(report.labSampleId()), previous == null ? null : previous.reportNo);
    }

    @Override
    public ReportVerification verifyReport(String reportNo, String contentHash) {
        if (reportNo == null || reportNo.isBlank() || contentHash == null || contentHash.isBlank()) {
            return ReportVerification.notGenuine(reportNo);
        }
        ReportRow report = support.reports.findByNo(reportNo.strip());
        if (report == null || !"ISSUED".equals(report.status) || report.contentHash == null) {
            return ReportVerification.notGenuine(reportNo);
        }
        LabSampleRow sample = support.samples.find(report.labSampleId);
        ReportRow previous = report.previousReportId == null ? null : support.reports.find(report.previousReportId);
        String recomputed = ReportContent.hash(report, sample, support.reports.items(report.id), previous == null ? null : previous.reportNo);
        boolean genuine = MessageDigest.isEqual(report.contentHash.getBytes(StandardCharsets.US_ASCII),
                contentHash.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))
                && recomputed.equals(report.contentHash);
        if (!genuine) {
            return ReportVerification.notGenuine(reportNo);
        }
        ReportRow successor = support.reports.issuedSuccessor(report.id);
        return new ReportVerification(true, report.reportNo, report.version, report.issuedAt, sample.labName,
                sample.productName, sample.enterpriseName, sample.sampleCode, TestingSupport.zh(report),
                successor == null ? null : successor.reportNo, TestingSupport.retest(sample), sample.labCode,
                sample.productCode, report.conclusion, report.grade);
    }

    @Override
    public List<ReportView> reportVersions(Actor actor, long labSampleId) {
        support.visibleSample(actor, labSampleId);
        return support.reports.versions(labSampleId).stream().map(support::reportView).toList();
    }

    @Override
    public ReportView getReport(Actor actor, long reportId) {
        ReportRow report = KeptRows.get(ReportRow.class, reportId, support.reports::find); // issued in this completion, if it was
        if (report == null) {
            throw new NotFoundException("report", reportId);
        }
        LabSampleRow sample = KeptRows.get(LabSampleRow.class, report.labSampleId, support.samples::find);
        if (sample == null) {
            throw new NotFoundException("report", reportId);
        }
        if (!support.maySee(actor, sample, report)) {
            // another organisation's report, or the enterprise's own before its notice was served: audited as DENIED
            throw new OutOfScopeException("report", reportId);
        }
        return TestingSupport.forReader(actor, sample, support.reportView(report));
    }

    @Override
    public ReportView currentReport(Actor actor, long labSampleId) {
        support.visibleSample(actor, labSampleId);
        ReportRow report = support.reports.current(labSampleId);
        return report == null ? null : support.reportView(report);
    }

    @Override
    public List<ReportView> reportsOfCase(Actor actor, String caseCode) {
        List<ReportView> all = new ArrayList<>();
        for (LabSampleRow sample : support.samples.ofCase(caseCode)) {
            List<ReportRow> versions = new ArrayList<>(support.reports.versions(sample.id));
            Collections.reverse(versions); // oldest version first
            versions.stream().filter(r -> support.maySee(actor, sample, r)).map(r -> TestingSupport.forReader(actor, sample, support.reportView(r)))
                    .forEach(all::add);
        }
        return all;
    }
}
