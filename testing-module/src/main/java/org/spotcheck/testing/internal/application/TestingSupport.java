package org.spotcheck.testing.internal.application;

import org.spotcheck.shared.tx.KeptRows;
import org.spotcheck.shared.CaseNumber;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.OutOfScopeException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.Validation;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.ResultServiceCheck;
import org.spotcheck.testing.internal.domain.Conclusion;
import org.spotcheck.testing.internal.domain.Grade;
import org.spotcheck.testing.internal.domain.Report;
import org.spotcheck.testing.internal.domain.ReportStatus;
import org.spotcheck.testing.internal.persistence.LabSampleMapper;
import org.spotcheck.testing.internal.persistence.LabSampleRow;
import org.spotcheck.testing.internal.persistence.ReportEventRow;
import org.spotcheck.testing.internal.persistence.ReportMapper;
import org.spotcheck.testing.internal.persistence.ReportRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the testing services share: the data scope of lab samples and reports, the commands' validation, loading
 * and saving the {@link Report} aggregate, the report's event log and the views.
 */
@Component
class TestingSupport {

    /** The event on an issued report that opens its correction; the next drafted version carries its comment. */
    static final String CORRECTION_REQUESTED = "CORRECTION_REQUESTED";

    final LabSampleMapper samples;
    final ReportMapper reports;
    private final ResultServiceCheck served;
    private final Validator validator;

    TestingSupport(LabSampleMapper samples, ReportMapper reports, ObjectProvider<ResultServiceCheck> served, Validator validator) {
        this.samples = samples;
        this.reports = reports;
        this.validator = validator;
        // without result handling nobody can tell that a notice was served: the enterprise then reads no report
        this.served = served.getIfAvailable(() -> caseCode -> false);
    }

    /** Refuses a command whose bean-validation constraints fail (400 with each field's violation). */
    void check(Object command) {
        Validation.check(validator, command);
    }

    // ---------------------------------------------------------------- scope

    static boolean maySee(Actor actor, LabSampleRow row) {
        return actor.isSystem()
                || actor.isLab() && actor.belongsTo(row.labCode)
                || actor.isAuthority() && actor.belongsTo(row.authorityCode);
    }

    /**
     * Who may read a report: whoever may see its sample, and the tested enterprise itself for an issued
     * report of its own sample once the result notice of its case has been served on it (Order 18 art. 44/45:
     * the result notice goes out with the test report, and the enterprise needs it to object; before service
     * the enterprise learns nothing of the result); never a draft, never another enterprise's.
     */
    boolean maySee(Actor actor, LabSampleRow sample, ReportRow report) {
        return maySee(actor, sample)
                || actor.isEnterprise() && actor.belongsTo(sample.enterpriseCode) && "ISSUED".equals(report.status)
                        && sample.taskCode != null && served.noticeServed(CaseNumber.of(sample.taskCode));
    }

    /** The enterprise reads the issued report, not the lab's internal review chain (drafts, returns, comments). */
    static ReportView forReader(Actor actor, LabSampleRow sample, ReportView v) {
        if (maySee(actor, sample)) {
            return v;
        }
        return new ReportView(v.id(), v.labSampleId(), v.sampleCode(), v.taskCode(), v.labCode(), v.reportNo(), v.version(),
                v.conclusion(), v.conclusionZh(), v.grade(), v.failedItems(), v.status(), null, null, v.approvedBy(),
                v.issuedAt(), v.contentHash(), v.events().stream().filter(e -> "ISSUED".equals(e.action())).toList(),
                v.previousReportId(), v.correctionReason(), v.supersededById(), v.items(), v.retest());
    }

    LabSampleRow visibleSample(Actor actor, long labSampleId) {
        LabSampleRow row = KeptRows.get(LabSampleRow.class, labSampleId, samples::find); // every write of the row forgets it
        if (row == null) {
            throw new NotFoundException("lab sample", labSampleId);
        }
        if (!maySee(actor, row)) {
            throw new OutOfScopeException("lab sample", labSampleId);
        }
        return row;
    }

    LabSampleRow ownSample(Actor actor, long labSampleId, Role role) {
        LabSampleRow row = samples.find(labSampleId);
        if (row == null || !(actor.isSystem() || actor.isLab() && actor.belongsTo(row.labCode))) {
            throw row == null ? new NotFoundException("lab sample", labSampleId) : new OutOfScopeException("lab sample", labSampleId);
        }
        if (!actor.has(role) && !actor.isSystem()) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role " + role + " required", role);
        }
        return row;
    }

    ReportRow ownReport(Actor actor, long reportId, Role role) {
        ReportRow report = reports.find(reportId);
        if (report == null) {
            throw new NotFoundException("report", reportId);
        }
        LabSampleRow sample;
        try {
            sample = ownSample(actor, report.labSampleId, role);
        } catch (OutOfScopeException e) {
            // the refusal names what the caller asked for (issue 13.4)
            throw new OutOfScopeException("report", reportId);
        }
        // the issue and the case's opening in the same completion take these rows (issue 14.2)
        KeptRows.keep(ReportRow.class, reportId, report);
        KeptRows.keep(LabSampleRow.class, sample.id, sample);
        return report;
    }

    // ---------------------------------------------------------------- the aggregate

    static Report load(ReportRow row) {
        return Report.of(ReportStatus.valueOf(row.status), row.draftedBy, row.draftedAt, row.reviewedBy, row.reviewedAt,
                row.approvedBy, row.approvedAt, row.issuedAt);
    }

    static void copy(Report report, ReportRow row) {
        row.status = report.status().name();
        row.draftedBy = report.draftedBy();
        row.draftedAt = report.draftedAt();
        row.reviewedBy = report.reviewedBy();
        row.reviewedAt = report.reviewedAt();
        row.approvedBy = report.approvedBy();
        row.approvedAt = report.approvedAt();
        row.issuedAt = report.issuedAt();
    }

    /** Writes the aggregate's state to its row, guarded by the status it was loaded in and the row version. */
    void save(Report report, ReportRow row) {
        String fromStatus = row.status;
        copy(report, row);
        if (reports.update(row, fromStatus) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "the report was changed by someone else");
        }
        row.rowVersion = row.rowVersion + 1;
        KeptRows.forgetUnless(ReportRow.class, row.id, row);
    }

    void event(long reportId, String action, Actor actor, String comment) {
        ReportEventRow row = new ReportEventRow();
        row.reportId = reportId;
        row.action = action;
        row.actor = actor.username();
        row.comment = comment == null || comment.isBlank() ? null : comment.strip();
        row.occurredAt = now();
        reports.insertEvent(row);
    }

    /** The comment of a correction request that no newer version has taken up yet, or null. */
    String openCorrection(ReportRow issued) {
        List<ReportEventRow> history = reports.events(issued.id);
        ReportEventRow last = history.isEmpty() ? null : history.get(history.size() - 1);
        ReportRow newest = reports.current(issued.labSampleId);
        return last != null && CORRECTION_REQUESTED.equals(last.action) && newest.id.equals(issued.id) ? last.comment : null;
    }

    // ---------------------------------------------------------------- views

    LabSampleView view(LabSampleRow row) {
        List<LabSampleView.Item> items = samples.items(row.id).stream().map(i -> new LabSampleView.Item(i.code, i.nameZh,
                i.method, i.limitType, TestItems.displayZh(i), i.unit, i.decimals, i.itemClass,
                i.measured, i.rounded, i.computedVerdict, i.verdict, i.overrideReason, TestItems.displayEn(i), i.unitZh,
                i.detectionLimit, Boolean.TRUE.equals(i.ndRequired) || TestItems.limit(i).notDetectable(),
                TestItems.allowed(i), i.nameEn, i.methodEn, i.unitEn)).toList();
        return new LabSampleView(row.id, row.sampleCode, row.sampleId, row.taskCode, row.labCode, row.labName, row.enterpriseName,
                row.productCode, row.productName, row.ruleTitle, row.ruleVersion, row.status, row.receivedBy,
                row.receivedAt, items, retest(row));
    }

    /** The re-test (复检) of the backup portion, as stored when it was registered (V3_190); never counted per read. */
    static boolean retest(LabSampleRow sample) {
        return Boolean.TRUE.equals(sample.retest);
    }

    ReportView reportView(ReportRow r) {
        LabSampleRow sample = KeptRows.get(LabSampleRow.class, r.labSampleId, samples::find);
        List<ReportView.Event> events = reports.events(r.id).stream()
                .map(e -> new ReportView.Event(e.action, e.actor, e.comment, e.occurredAt)).toList();
        List<String> failed = r.failedItems == null || r.failedItems.isBlank() ? List.of() : Arrays.asList(r.failedItems.split(","));
        List<LabSampleView.Item> items = "ISSUED".equals(r.status)
                ? reports.items(r.id).stream().map(i -> new LabSampleView.Item(i.code, i.nameZh, i.method, i.limitType,
                        i.limitDisplay, i.unit, i.decimals, i.itemClass, i.measured, i.rounded, i.computedVerdict, i.verdict,
                        i.overrideReason, i.limitDisplayEn, i.unitZh, i.detectionLimit, false, List.of(), i.nameEn, i.methodEn,
                        i.unitEn)).toList()
                : view(sample).items();
        ReportRow successor = "ISSUED".equals(r.status) ? reports.issuedSuccessor(r.id) : null;
        return new ReportView(r.id, r.labSampleId, sample.sampleCode, sample.taskCode, sample.labCode, r.reportNo,
                r.version, r.conclusion, zh(r), r.grade, failed, r.status, r.draftedBy, r.reviewedBy, r.approvedBy,
                r.issuedAt, r.contentHash, events, r.previousReportId, r.correctionReason,
                successor == null ? null : successor.id, items, retest(sample));
    }

    /** 所检项目未发现不合格, or 不合格 with the grade in brackets — never 合格 (R28). */
    static String zh(ReportRow r) {
        Conclusion conclusion = Conclusion.valueOf(r.conclusion);
        return conclusion == Conclusion.NONCONFORMING && r.grade != null
                ? conclusion.zh() + "（" + Grade.valueOf(r.grade).zh() + "）"
                : conclusion.zh();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
