package org.spotcheck.testing.internal.application;

import org.spotcheck.shared.tx.KeptRows;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.Decision;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.ReportChain;
import org.spotcheck.testing.api.RequestCorrectionCommand;
import org.spotcheck.testing.api.event.ReportCorrectionRequested;
import org.spotcheck.testing.internal.domain.Report;
import org.spotcheck.testing.internal.domain.ReportStatus;
import org.spotcheck.testing.internal.persistence.LabSampleMapper;
import org.spotcheck.testing.internal.persistence.LabSampleRow;
import org.spotcheck.testing.internal.persistence.ReportItemRow;
import org.spotcheck.testing.internal.persistence.ReportMapper;
import org.spotcheck.testing.internal.persistence.ReportRow;
import org.spotcheck.testing.internal.persistence.TestItemRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's chain: review (审核), approval (批准), the returns and the withdrawal, issue with its
 * number, frozen items and content hash, and the request for a corrected version. Each step loads the
 * {@link Report} aggregate, calls its transition and saves it.
 */
@Service
@Transactional
class ReportChainService implements ReportChain {

    private final TestingSupport support;
    private final ApplicationEventPublisher events;

    ReportChainService(TestingSupport support, ApplicationEventPublisher events) {
        this.support = support;
        this.events = events;
    }

    @Override
    public void reviewReport(Actor actor, long reportId, Decision decision, String comment) {
        ReportRow row = support.ownReport(actor, reportId, Role.LAB_REVIEWER);
        Report report = TestingSupport.load(row);
        report.review(actor.username(), decision, comment, TestingSupport.now());
        support.save(report, row);
        support.event(reportId, decision == Decision.APPROVE ? "REVIEWED" : "RETURNED", actor, comment);
    }

    @Override
    public void approveReport(Actor actor, long reportId, Decision decision, String comment) {
        ReportRow row = support.ownReport(actor, reportId, Role.LAB_APPROVER);
        Report report = TestingSupport.load(row);
        report.approve(actor.username(), decision, comment, TestingSupport.now());
        support.save(report, row);
        support.event(reportId, decision == Decision.APPROVE ? "APPROVED" : "RETURNED", actor, comment);
    }

    @Override
    public void returnReportToReview(Actor actor, long reportId, String comment) {
        ReportRow row = support.ownReport(actor, reportId, Role.LAB_APPROVER);
        Report report = TestingSupport.load(row);
        report.returnToReview(actor.username(), comment); // the draft waits for review again, results unchanged
        support.save(report, row);
        support.event(reportId, "RETURNED_TO_REVIEW", actor, comment);
    }

    @Override
    public void withdrawReview(Actor actor, long reportId, String comment) {
        ReportRow row = support.ownReport(actor, reportId, Role.LAB_REVIEWER);
        Report report = TestingSupport.load(row);
        report.withdrawReview(actor.username());
        support.save(report, row);
        support.event(reportId, "REVIEW_WITHDRAWN", actor, comment);
    }

    @Override
    public ReportView issueReport(Actor actor, long reportId) {
        ReportRow row = KeptRows.get(ReportRow.class, reportId, support.reports::find); // approved in this completion
        if (row == null) {
            throw new NotFoundException("report", reportId);
        }
        Report report = TestingSupport.load(row);
        report.expect(ReportStatus.APPROVED);
        LabSampleRow sample = KeptRows.get(LabSampleRow.class, row.labSampleId, support.samples::find);
        Instant now = TestingSupport.now();
        ReportRow previous = row.previousReportId == null ? null : support.reports.find(row.previousReportId);
        row.reportNo = previous == null
                ? String.format("%s-%d-%06d", sample.labCode, now.atZone(ZoneOffset.UTC).getYear(), row.id)
                : firstNumber(previous.reportNo) + "-v" + row.version;
        // TIMESTAMP(3) keeps milliseconds on both databases (MillisecondTimestamps), so the hash reads back equal
        report.issue(now.truncatedTo(ChronoUnit.MILLIS));
        row.issuedAt = report.issuedAt(); // the hash covers the issue time
        freezeItems(row.id, support.samples.items(sample.id));
        row.contentHash = ReportContent.hash(row, sample, support.reports.items(row.id), previous == null ? null : previous.reportNo);
        support.save(report, row);
        support.event(reportId, "ISSUED", actor, row.reportNo);
        return support.reportView(row); // the row as saved: what a read would return
    }

    @Override
    public ReportView requestCorrection(Actor actor, long reportId, RequestCorrectionCommand command) {
        ReportRow report = support.ownReport(actor, reportId, Role.LAB_APPROVER);
        support.check(command);
        TestingSupport.load(report).expect(ReportStatus.ISSUED);
        ReportRow newest = support.reports.current(report.labSampleId);
        if (!newest.id.equals(report.id)) {
            throw new ConflictException("NOT_NEWEST_VERSION", "only the newest version can be corrected; "
                    + "this one is followed by version " + newest.version, newest.version);
        }
        if (support.openCorrection(report) != null) {
            throw new ConflictException("CORRECTION_OPEN", "a correction of this report is already under way");
        }
        String reason = command.reason().strip();
        support.event(reportId, TestingSupport.CORRECTION_REQUESTED, actor, reason);
        LabSampleRow sample = support.samples.find(report.labSampleId);
        events.publishEvent(new ReportCorrectionRequested(report.id, sample.id, sample.taskCode, sample.labCode, reason,
                actor.username()));
        return support.reportView(report);
    }

    private void freezeItems(long reportId, java.util.List<TestItemRow> items) {
        java.util.List<ReportItemRow> rows = new java.util.ArrayList<>();
        for (TestItemRow i : items) {
            ReportItemRow row = new ReportItemRow();
            row.reportId = reportId;
            row.seq = i.seq;
            row.code = i.code;
            row.nameZh = i.nameZh;
            row.nameEn = i.nameEn;
            row.method = i.method;
            row.methodEn = i.methodEn;
            row.unitEn = i.unitEn;
            row.itemClass = i.itemClass;
            row.limitType = i.limitType;
            row.limitDisplay = TestItems.displayZh(i);
            row.limitDisplayEn = TestItems.displayEn(i);
            row.unitZh = i.unitZh;
            row.detectionLimit = i.detectionLimit;
            row.decimals = i.decimals;
            row.unit = i.unit;
            row.measured = i.measured;
            row.rounded = i.rounded;
            row.computedVerdict = i.computedVerdict;
            row.verdict = i.verdict;
            row.overrideReason = i.overrideReason;
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            support.reports.insertItems(rows);
        }
    }

    /** LAB1-2026-000012 for LAB1-2026-000012-v3: corrections keep the first version's number. */
    static String firstNumber(String reportNo) {
        return reportNo.replaceFirst("-v\\d+$", "");
    }
}
