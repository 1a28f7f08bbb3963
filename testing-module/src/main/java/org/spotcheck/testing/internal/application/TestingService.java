package org.spotcheck.testing.internal.application;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.Decision;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.Validation;
import org.spotcheck.testing.api.EnterResultsCommand;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReceiveSampleCommand;
import org.spotcheck.testing.api.RegisterLabSampleCommand;
import org.spotcheck.testing.api.ReportVerification;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.api.RequestCorrectionCommand;
import org.spotcheck.testing.api.TestingApi;
import org.spotcheck.testing.api.event.ReportCorrectionRequested;
import org.spotcheck.testing.internal.domain.BatchVerdict;
import org.spotcheck.testing.internal.domain.Conclusion;
import org.spotcheck.testing.internal.domain.ItemClass;
import org.spotcheck.testing.internal.domain.ItemResult;
import org.spotcheck.testing.internal.domain.ItemVerdict;
import org.spotcheck.testing.internal.domain.Limit;
import org.spotcheck.testing.internal.domain.LimitType;
import org.spotcheck.testing.internal.domain.ResultRefusedException;
import org.spotcheck.testing.internal.persistence.LabSampleMapper;
import org.spotcheck.testing.internal.persistence.LabSampleRow;
import org.spotcheck.testing.internal.persistence.ReportEventRow;
import org.spotcheck.testing.internal.persistence.ReportItemRow;
import org.spotcheck.testing.internal.persistence.ReportMapper;
import org.spotcheck.testing.internal.persistence.ReportRow;
import org.spotcheck.testing.internal.persistence.TestItemRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link TestingApi}. */
@Service
@Transactional
class TestingService implements TestingApi {

    /** The event on an issued report that opens its correction; the next drafted version carries its comment. */
    static final String CORRECTION_REQUESTED = "CORRECTION_REQUESTED";

    private final LabSampleMapper samples;
    private final ReportMapper reports;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final ReportPdfRenderer pdf;

    private final org.spotcheck.testing.api.ResultServiceCheck served;

    TestingService(LabSampleMapper samples, ReportMapper reports, Validator validator, ApplicationEventPublisher events,
            ReportPdfRenderer pdf, org.springframework.beans.factory.ObjectProvider<org.spotcheck.testing.api.ResultServiceCheck> served) {
        // without result handling nobody can tell that a notice was served: the enterprise then reads no report
        this.served = served.getIfAvailable(() -> caseCode -> false);
        this.samples = samples;
        this.reports = reports;
        this.validator = validator;
        this.events = events;
        this.pdf = pdf;
    }

    @Override
    public LabSampleView registerSample(Actor actor, RegisterLabSampleCommand c) {
        if (c.items() == null || c.items().isEmpty()) {
            throw InvalidInputException.of("items", "NO_TEST_ITEMS", "the implementation rule has no test items");
        }
        LabSampleRow row = new LabSampleRow();
        row.sampleCode = c.sampleCode();
        row.sampleId = c.sampleId();
        row.taskCode = c.taskCode();
        row.labCode = c.labCode();
        row.labName = c.labName();
        row.labAddress = c.labAddress();
        row.labAccreditationNo = c.labAccreditationNo();
        row.authorityCode = c.authorityCode();
        row.enterpriseCode = c.enterpriseCode();
        row.enterpriseName = c.enterpriseName();
        row.productCode = c.productCode();
        row.productName = c.productName();
        row.ruleId = c.ruleId();
        row.ruleTitle = c.ruleTitle();
        row.ruleVersion = c.ruleVersion();
        row.testSealNumber = c.testSealNumber();
        row.samplers = String.join(",", c.samplers());
        row.status = "AWAITING_RECEIPT";
        row.registeredAt = now();
        samples.insert(row);
        int seq = 0;
        for (RegisterLabSampleCommand.ItemSpec spec : c.items()) {
            TestItemRow item = new TestItemRow();
            item.labSampleId = row.id;
            item.seq = ++seq;
            item.code = spec.code();
            item.nameZh = spec.nameZh();
            item.method = spec.method() == null ? "" : spec.method();
            item.limitType = spec.limitType();
            item.limitValue = spec.limitValue();
            item.limitMin = spec.limitMin();
            item.limitMax = spec.limitMax();
            item.limitText = spec.limitText();
            item.unit = spec.unit();
            item.decimals = spec.decimals();
            item.display = spec.display();
            item.itemClass = spec.itemClass();
            item.detectionLimit = spec.detectionLimit();
            item.ndRequired = spec.ndRequired();
            item.valueZh = spec.valueZh();
            item.unitZh = spec.unitZh();
            samples.insertItem(item);
        }
        return view(row);
    }

    @Override
    public LabSampleView receiveSample(Actor actor, long labSampleId, ReceiveSampleCommand command) {
        LabSampleRow row = ownSample(actor, labSampleId, Role.LAB_TESTER);
        Validation.check(validator, command);
        if (command.rejecting()) {
            if (command.rejectionReason() == null || command.rejectionReason().isBlank()) {
                throw InvalidInputException.of("rejectionReason", "REASON_REQUIRED",
                        "拒收须说明原因 / a rejected sample needs a reason");
            }
            String reason = command.rejectionReason().strip()
                    + (Boolean.TRUE.equals(command.sealIntact()) ? "" : "（封条破损 / seal broken）");
            if (samples.receive(row.id, row.rowVersion, "REJECTED", actor.username(), now(), reason) != 1) {
                throw new ConflictException("ALREADY_RECEIVED", "样品已处理 / the sample was already received or rejected");
            }
            return view(samples.find(row.id));
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (!row.sampleCode.equals(command.sampleCode().strip())) {
            violations.add(new FieldViolation("sampleCode", "CODE_MISMATCH",
                    "样品编号与抽样单不符，请拒收 / the sample code does not match the sampling form: reject the sample"));
        }
        if (!row.testSealNumber.equalsIgnoreCase(command.testSealNumber().strip())) {
            violations.add(new FieldViolation("testSealNumber", "SEAL_MISMATCH",
                    "封条编号与抽样单不符，请拒收 / the seal number does not match the sampling form: reject the sample"));
        }
        if (!Boolean.TRUE.equals(command.sealIntact())) {
            violations.add(new FieldViolation("sealIntact", "SEAL_BROKEN",
                    "封条破损的样品不能入库，请拒收 / a sample with a broken seal cannot be accepted: reject it"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (samples.receive(row.id, row.rowVersion, "RECEIVED", actor.username(), now(), command.note()) != 1) {
            throw new ConflictException("ALREADY_RECEIVED", "样品已入库 / the sample was already received");
        }
        return view(samples.find(row.id));
    }

    @Override
    public ReportView enterResults(Actor actor, long labSampleId, EnterResultsCommand command) {
        LabSampleRow sample = ownSample(actor, labSampleId, Role.LAB_TESTER);
        Validation.check(validator, command);
        // R22 (Order 18 art. 9): samplers may not test what they sampled (抽检分离)
        if (Arrays.asList(sample.samplers.split(",")).contains(actor.username())) {
            throw new AccessRefusedException("SAMPLER_MAY_NOT_TEST", "抽样人员不得检验本人所抽样品 / a sampler may not test his own sample");
        }
        if (!"RECEIVED".equals(sample.status) && !"TESTED".equals(sample.status)) {
            throw new ConflictException("NOT_RECEIVED", "样品尚未入库 / the sample has not been received");
        }
        ReportRow current = reports.current(labSampleId);
        String correctionReason = null;
        if (current != null && "ISSUED".equals(current.status)) {
            correctionReason = openCorrection(current);
            if (correctionReason == null) {
                throw new ConflictException("REPORT_ISSUED", "报告已签发，不能修改；如需更正须由授权签字人发起 / the report is issued; "
                        + "only a correction requested by the authorised signatory makes a new version");
            }
        } else if (current != null && !"DRAFT".equals(current.status) && !"RETURNED".equals(current.status)) {
            throw new ConflictException("REPORT_LOCKED", "报告已进入审核 / the report is in review and cannot be edited");
        }
        Map<String, String> overrides = command.overrides() == null ? Map.of() : command.overrides();
        Map<String, String> reasons = command.overrideReasons() == null ? Map.of() : command.overrideReasons();
        List<TestItemRow> items = samples.items(labSampleId);
        List<FieldViolation> violations = new ArrayList<>();
        List<ItemResult> results = new ArrayList<>();
        for (String code : command.results().keySet()) {
            if (items.stream().noneMatch(i -> i.code.equals(code))) {
                violations.add(new FieldViolation("results." + code, "UNKNOWN_ITEM", "不是本样品的检验项目 / not a test item of this sample"));
            }
        }
        // R28: an override of the computed judgment is PASS or FAIL and always says why
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            String code = o.getKey();
            if (o.getValue() == null || o.getValue().isBlank()) {
                continue;
            }
            if (items.stream().noneMatch(i -> i.code.equals(code))) {
                violations.add(new FieldViolation("overrides." + code, "UNKNOWN_ITEM", "不是本样品的检验项目 / not a test item of this sample"));
            } else if (!List.of("PASS", "FAIL").contains(o.getValue().strip().toUpperCase(java.util.Locale.ROOT))) {
                violations.add(new FieldViolation("overrides." + code, "INVALID_OVERRIDE", "改判只能为符合或不符合 / an override is PASS or FAIL"));
            } else if (reasons.get(code) == null || reasons.get(code).isBlank()) {
                violations.add(new FieldViolation("overrideReasons." + code, "OVERRIDE_REASON_REQUIRED",
                        "人工改判必须填写理由 / an override needs a reason"));
            } else if (reasons.get(code).length() > 500) {
                violations.add(new FieldViolation("overrideReasons." + code, "TOO_LONG", "理由不超过500字 / at most 500 characters"));
            }
        }
        for (TestItemRow item : items) {
            String measured = command.results().get(item.code);
            String field = "results." + item.code;
            if (measured == null || measured.isBlank()) {
                violations.add(new FieldViolation(field, "RESULT_REQUIRED", "请填写检验结果 / a result is required for " + item.nameZh));
                continue;
            }
            try {
                ItemResult result = ItemResult.judge(item.code, ItemClass.valueOf(item.itemClass), limit(item), measured.strip());
                String override = overrides.get(item.code);
                if (override != null && !override.isBlank() && violations.isEmpty()) {
                    result = result.override(ItemVerdict.valueOf(override.strip().toUpperCase()), reasons.get(item.code));
                }
                results.add(result);
            } catch (ResultRefusedException e) {
                // refused per item with its own stable rule: impossible, not judgeable, not a choice
                violations.add(new FieldViolation(field, e.rule(), item.nameZh + "：" + e.getMessage()));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation(field, "INVALID_RESULT", item.nameZh + "：" + e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        for (int i = 0; i < items.size(); i++) {
            TestItemRow item = items.get(i);
            ItemResult result = results.get(i);
            item.measured = result.measured();
            item.rounded = result.rounded();
            item.computedVerdict = result.computed().name();
            item.verdict = result.verdict().name();
            item.overrideReason = result.overridden() ? result.overrideReason() : null;
            samples.updateItemResult(item);
        }
        BatchVerdict verdict = BatchVerdict.of(results);
        Instant now = now();
        if (current == null || correctionReason != null) {
            ReportRow report = new ReportRow();
            report.labSampleId = labSampleId;
            report.version = current == null ? 1 : current.version + 1;
            report.previousReportId = current == null ? null : current.id;
            report.correctionReason = correctionReason;
            report.conclusion = verdict.conclusion().name();
            report.grade = verdict.grade() == null ? null : verdict.grade().name();
            report.failedItems = String.join(",", verdict.failedItemCodes());
            report.status = "DRAFT";
            report.draftedBy = actor.username();
            report.draftedAt = now;
            reports.insert(report);
            samples.updateStatus(labSampleId, "RECEIVED", "TESTED");
            event(report.id, "DRAFTED", actor, null);
            return reportView(reports.find(report.id));
        }
        String from = current.status;
        current.conclusion = verdict.conclusion().name();
        current.grade = verdict.grade() == null ? null : verdict.grade().name();
        current.failedItems = String.join(",", verdict.failedItemCodes());
        current.status = "DRAFT";
        current.draftedBy = actor.username();
        current.draftedAt = now;
        current.reviewedBy = null;
        current.reviewedAt = null;
        current.approvedBy = null;
        current.approvedAt = null;
        save(current, from);
        event(current.id, "REDRAFTED", actor, null);
        return reportView(reports.find(current.id));
    }

    @Override
    public ReportView reviewReport(Actor actor, long reportId, Decision decision, String comment) {
        ReportRow report = ownReport(actor, reportId, Role.LAB_REVIEWER);
        if (actor.username().equals(report.draftedBy)) {
            throw new AccessRefusedException("NO_SELF_REVIEW", "不能审核自己起草的报告 / nobody reviews their own draft");
        }
        expect(report, "DRAFT");
        requireComment(decision, comment);
        report.reviewedBy = actor.username();
        report.reviewedAt = now();
        report.status = decision == Decision.APPROVE ? "REVIEWED" : "RETURNED";
        save(report, "DRAFT");
        event(reportId, decision == Decision.APPROVE ? "REVIEWED" : "RETURNED", actor, comment);
        return reportView(reports.find(reportId));
    }

    @Override
    public ReportView approveReport(Actor actor, long reportId, Decision decision, String comment) {
        ReportRow report = ownReport(actor, reportId, Role.LAB_APPROVER);
        if (actor.username().equals(report.draftedBy) || actor.username().equals(report.reviewedBy)) {
            throw new AccessRefusedException("THREE_DIFFERENT_PEOPLE",
                    "编制、审核、批准须为三个不同的人 / drafter, reviewer and approver must be three different people");
        }
        expect(report, "REVIEWED");
        requireComment(decision, comment);
        report.approvedBy = decision == Decision.APPROVE ? actor.username() : null;
        report.approvedAt = decision == Decision.APPROVE ? now() : null;
        report.status = decision == Decision.APPROVE ? "APPROVED" : "RETURNED";
        save(report, "REVIEWED");
        event(reportId, decision == Decision.APPROVE ? "APPROVED" : "RETURNED", actor, comment);
        return reportView(reports.find(reportId));
    }

    @Override
    public ReportView returnReportToReview(Actor actor, long reportId, String comment) {
        ReportRow report = ownReport(actor, reportId, Role.LAB_APPROVER);
        if (actor.username().equals(report.draftedBy) || actor.username().equals(report.reviewedBy)) {
            throw new AccessRefusedException("THREE_DIFFERENT_PEOPLE",
                    "编制、审核、批准须为三个不同的人 / drafter, reviewer and approver must be three different people");
        }
        expect(report, "REVIEWED");
        requireComment(Decision.RETURN, comment);
        report.reviewedBy = null;
        report.reviewedAt = null;
        report.status = "DRAFT"; // the draft waits for review again, results unchanged
        save(report, "REVIEWED");
        event(reportId, "RETURNED_TO_REVIEW", actor, comment);
        return reportView(reports.find(reportId));
    }

    @Override
    public ReportView withdrawReview(Actor actor, long reportId, String comment) {
        ReportRow report = ownReport(actor, reportId, Role.LAB_REVIEWER);
        expect(report, "REVIEWED");
        if (!actor.username().equals(report.reviewedBy)) {
            throw new ConflictException("NOT_WITHDRAWABLE", "只能撤回本人的审核 / only your own review can be withdrawn");
        }
        report.reviewedBy = null;
        report.reviewedAt = null;
        report.status = "DRAFT";
        save(report, "REVIEWED");
        event(reportId, "REVIEW_WITHDRAWN", actor, comment);
        return reportView(reports.find(reportId));
    }

    @Override
    public ReportView issueReport(Actor actor, long reportId) {
        ReportRow report = reports.find(reportId);
        if (report == null) {
            throw new NotFoundException("report", reportId);
        }
        expect(report, "APPROVED");
        LabSampleRow sample = samples.find(report.labSampleId);
        Instant now = now();
        ReportRow previous = report.previousReportId == null ? null : reports.find(report.previousReportId);
        report.reportNo = previous == null
                ? String.format("%s-%d-%06d", sample.labCode, now.atZone(ZoneOffset.UTC).getYear(), report.id)
                : firstNumber(previous.reportNo) + "-v" + report.version;
        // whole seconds: the hash covers the issue time, and not every database keeps fractions (MariaDB via Connector/J drops them)
        report.issuedAt = now.truncatedTo(ChronoUnit.MILLIS); // TIMESTAMP(3) keeps milliseconds on both databases (MillisecondTimestamps), so the hash reads back equal
        report.status = "ISSUED";
        freezeItems(report.id, samples.items(sample.id));
        report.contentHash = ReportContent.hash(report, sample, reports.items(report.id), previous == null ? null : previous.reportNo);
        save(report, "APPROVED");
        event(reportId, "ISSUED", actor, report.reportNo);
        return reportView(reports.find(reportId));
    }

    @Override
    public ReportView requestCorrection(Actor actor, long reportId, RequestCorrectionCommand command) {
        ReportRow report = ownReport(actor, reportId, Role.LAB_APPROVER);
        Validation.check(validator, command);
        expect(report, "ISSUED");
        ReportRow newest = reports.current(report.labSampleId);
        if (!newest.id.equals(report.id)) {
            throw new ConflictException("NOT_NEWEST_VERSION", "只能更正最新版本的报告 / only the newest version can be corrected; "
                    + "this one is followed by version " + newest.version);
        }
        if (openCorrection(report) != null) {
            throw new ConflictException("CORRECTION_OPEN", "该报告的更正已在办理中 / a correction of this report is already under way");
        }
        String reason = command.reason().strip();
        event(reportId, CORRECTION_REQUESTED, actor, reason);
        LabSampleRow sample = samples.find(report.labSampleId);
        events.publishEvent(new ReportCorrectionRequested(report.id, sample.id, sample.taskCode, sample.labCode, reason,
                actor.username()));
        return reportView(report);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] reportPdf(Actor actor, long reportId) {
        ReportView report = getReport(actor, reportId);
        if (!"ISSUED".equals(report.status())) {
            throw new ConflictException("NOT_ISSUED", "报告尚未签发 / only an issued report has a PDF");
        }
        ReportRow previous = report.previousReportId() == null ? null : reports.find(report.previousReportId());
        return pdf.render(report, samples.find(report.labSampleId()), previous == null ? null : previous.reportNo);
    }

    @Override
    @Transactional(readOnly = true)
    public ReportVerification verifyReport(String reportNo, String contentHash) {
        if (reportNo == null || reportNo.isBlank() || contentHash == null || contentHash.isBlank()) {
            return ReportVerification.notGenuine(reportNo);
        }
        ReportRow report = reports.findByNo(reportNo.strip());
        if (report == null || !"ISSUED".equals(report.status) || report.contentHash == null) {
            return ReportVerification.notGenuine(reportNo);
        }
        LabSampleRow sample = samples.find(report.labSampleId);
        ReportRow previous = report.previousReportId == null ? null : reports.find(report.previousReportId);
        String recomputed = ReportContent.hash(report, sample, reports.items(report.id), previous == null ? null : previous.reportNo);
        boolean genuine = MessageDigest.isEqual(report.contentHash.getBytes(StandardCharsets.US_ASCII),
                contentHash.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))
                && recomputed.equals(report.contentHash);
        if (!genuine) {
            return ReportVerification.notGenuine(reportNo);
        }
        ReportRow successor = reports.issuedSuccessor(report.id);
        return new ReportVerification(true, report.reportNo, report.version, report.issuedAt, sample.labName,
                sample.productName, sample.enterpriseName, sample.sampleCode, zh(report),
                successor == null ? null : successor.reportNo);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportView> reportVersions(Actor actor, long labSampleId) {
        visibleSample(actor, labSampleId);
        return reports.versions(labSampleId).stream().map(this::reportView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public LabSampleView getLabSample(Actor actor, long labSampleId) {
        return view(visibleSample(actor, labSampleId));
    }

    @Override
    @Transactional(readOnly = true)
    public ReportView getReport(Actor actor, long reportId) {
        ReportRow report = reports.find(reportId);
        if (report == null) {
            throw new NotFoundException("report", reportId);
        }
        LabSampleRow sample = samples.find(report.labSampleId);
        if (sample == null) {
            throw new NotFoundException("report", reportId);
        }
        if (!maySee(actor, sample, report)) {
            // another organisation's report, or the enterprise's own before its notice was served: audited as DENIED
            throw new org.spotcheck.shared.OutOfScopeException("report", reportId);
        }
        return forReader(actor, sample, reportView(report));
    }

    @Override
    @Transactional(readOnly = true)
    public ReportView currentReport(Actor actor, long labSampleId) {
        visibleSample(actor, labSampleId);
        ReportRow report = reports.current(labSampleId);
        return report == null ? null : reportView(report);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabSampleView> listLabSamples(Actor actor) {
        if (!actor.isLab()) {
            return List.of();
        }
        return samples.listForLab(actor.orgCode()).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LabSampleView> labSamplesOfCase(Actor actor, String caseCode) {
        return samples.ofCase(caseCode).stream().filter(r -> maySee(actor, r)).map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportView> reportsOfCase(Actor actor, String caseCode) {
        List<ReportView> all = new ArrayList<>();
        for (LabSampleRow sample : samples.ofCase(caseCode)) {
            List<ReportRow> versions = new ArrayList<>(reports.versions(sample.id));
            java.util.Collections.reverse(versions); // oldest version first
            versions.stream().filter(r -> maySee(actor, sample, r)).map(r -> forReader(actor, sample, reportView(r)))
                    .forEach(all::add);
        }
        return all;
    }

    // ---------------------------------------------------------------- helpers

    private static boolean maySee(Actor actor, LabSampleRow row) {
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
    private boolean maySee(Actor actor, LabSampleRow sample, ReportRow report) {
        return maySee(actor, sample)
                || actor.isEnterprise() && actor.belongsTo(sample.enterpriseCode) && "ISSUED".equals(report.status)
                        && served.noticeServed(sample.taskCode);
    }

    /** The enterprise reads the issued report, not the lab's internal review chain (drafts, returns, comments). */
    private static ReportView forReader(Actor actor, LabSampleRow sample, ReportView v) {
        if (maySee(actor, sample)) {
            return v;
        }
        return new ReportView(v.id(), v.labSampleId(), v.sampleCode(), v.taskCode(), v.labCode(), v.reportNo(), v.version(),
                v.conclusion(), v.conclusionZh(), v.grade(), v.failedItems(), v.status(), null, null, v.approvedBy(),
                v.issuedAt(), v.contentHash(), v.events().stream().filter(e -> "ISSUED".equals(e.action())).toList(),
                v.previousReportId(), v.correctionReason(), v.supersededById(), v.items());
    }

    private LabSampleRow visibleSample(Actor actor, long labSampleId) {
        LabSampleRow row = samples.find(labSampleId);
        if (row == null) {
            throw new NotFoundException("lab sample", labSampleId);
        }
        if (!maySee(actor, row)) {
            throw new org.spotcheck.shared.OutOfScopeException("lab sample", labSampleId);
        }
        return row;
    }

    private LabSampleRow ownSample(Actor actor, long labSampleId, Role role) {
        LabSampleRow row = samples.find(labSampleId);
        if (row == null || !(actor.isSystem() || actor.isLab() && actor.belongsTo(row.labCode))) {
            throw row == null ? new NotFoundException("lab sample", labSampleId) : new org.spotcheck.shared.OutOfScopeException("lab sample", labSampleId);
        }
        if (!actor.has(role) && !actor.isSystem()) {
            throw new AccessRefusedException("ROLE_REQUIRED", "需要角色 " + role + " / role " + role + " required");
        }
        return row;
    }

    private ReportRow ownReport(Actor actor, long reportId, Role role) {
        ReportRow report = reports.find(reportId);
        if (report == null) {
            throw new NotFoundException("report", reportId);
        }
        ownSample(actor, report.labSampleId, role);
        return report;
    }

    private void save(ReportRow report, String fromStatus) {
        if (reports.update(report, fromStatus) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "报告已被他人修改 / the report was changed by someone else");
        }
        report.rowVersion = report.rowVersion + 1;
    }

    private static void expect(ReportRow report, String status) {
        if (!status.equals(report.status)) {
            throw new ConflictException("WRONG_STATUS", "报告状态为 " + report.status + " / the report is " + report.status + ", expected " + status);
        }
    }

    private static void requireComment(Decision decision, String comment) {
        if (decision == Decision.RETURN && (comment == null || comment.isBlank())) {
            throw InvalidInputException.of("comment", "COMMENT_REQUIRED_ON_RETURN", "退回时必须填写意见 / a return needs a comment");
        }
    }

    private void event(long reportId, String action, Actor actor, String comment) {
        ReportEventRow row = new ReportEventRow();
        row.reportId = reportId;
        row.action = action;
        row.actor = actor.username();
        row.comment = comment == null || comment.isBlank() ? null : comment.strip();
        row.occurredAt = now();
        reports.insertEvent(row);
    }

    /** The limit an item is judged against, with the rule's detection limit and 不得检出 flag (issue 12). */
    static Limit limit(TestItemRow item) {
        return limit(item, item.unit).withDetection(item.detectionLimit, Boolean.TRUE.equals(item.ndRequired));
    }

    private static Limit limit(TestItemRow item, String unit) {
        LimitType type = LimitType.valueOf(item.limitType);
        return switch (type) {
            case MAX -> Limit.max(plain(item.limitValue), item.decimals, unit);
            case MIN -> Limit.min(plain(item.limitValue), item.decimals, unit);
            case RANGE -> Limit.range(plain(item.limitMin), plain(item.limitMax), item.decimals, unit);
            case ENUMERATION -> Limit.enumeration(allowed(item));
            case QUALITATIVE -> Limit.qualitative(item.limitText);
        };
    }

    /** The allowed values of an ENUMERATION item, from the structured list (limit_text split at '|'). */
    static List<String> allowed(TestItemRow item) {
        if (!"ENUMERATION".equals(item.limitType) || item.limitText == null) {
            return List.of();
        }
        return Arrays.stream(item.limitText.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * The requirement in Chinese, as the report and the Chinese pages show it: the rule's display text,
     * else the Chinese wording of a qualitative requirement or the limit with the Chinese unit.
     */
    static String displayZh(TestItemRow item) {
        if (item.display != null) {
            return item.display;
        }
        return switch (LimitType.valueOf(item.limitType)) {
            case QUALITATIVE, ENUMERATION -> item.valueZh != null ? item.valueZh : limit(item, item.unit).display();
            default -> limit(item, item.unitZh != null ? item.unitZh : item.unit).display();
        };
    }

    /** The requirement in the rule's own terms (English where so written), for the English pages. */
    static String displayEn(TestItemRow item) {
        return limit(item, item.unit).display();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** The comment of a correction request that no newer version has taken up yet, or null. */
    private String openCorrection(ReportRow issued) {
        List<ReportEventRow> history = reports.events(issued.id);
        ReportEventRow last = history.isEmpty() ? null : history.get(history.size() - 1);
        ReportRow newest = reports.current(issued.labSampleId);
        return last != null && CORRECTION_REQUESTED.equals(last.action) && newest.id.equals(issued.id) ? last.comment : null;
    }

    private void freezeItems(long reportId, List<TestItemRow> items) {
        for (TestItemRow i : items) {
            ReportItemRow row = new ReportItemRow();
            row.reportId = reportId;
            row.seq = i.seq;
            row.code = i.code;
            row.nameZh = i.nameZh;
            row.method = i.method;
            row.itemClass = i.itemClass;
            row.limitType = i.limitType;
            row.limitDisplay = displayZh(i);
            row.limitDisplayEn = displayEn(i);
            row.unitZh = i.unitZh;
            row.detectionLimit = i.detectionLimit;
            row.decimals = i.decimals;
            row.unit = i.unit;
            row.measured = i.measured;
            row.rounded = i.rounded;
            row.computedVerdict = i.computedVerdict;
            row.verdict = i.verdict;
            row.overrideReason = i.overrideReason;
            reports.insertItem(row);
        }
    }

    /** LAB1-2026-000012 for LAB1-2026-000012-v3: corrections keep the first version's number. */
    static String firstNumber(String reportNo) {
        return reportNo.replaceFirst("-v\\d+$", "");
    }

    private LabSampleView view(LabSampleRow row) {
        List<LabSampleView.Item> items = samples.items(row.id).stream().map(i -> new LabSampleView.Item(i.code, i.nameZh,
                i.method, i.limitType, displayZh(i), i.unit, i.decimals, i.itemClass,
                i.measured, i.rounded, i.computedVerdict, i.verdict, i.overrideReason, displayEn(i), i.unitZh,
                i.detectionLimit, Boolean.TRUE.equals(i.ndRequired) || limit(i).notDetectable(), allowed(i))).toList();
        return new LabSampleView(row.id, row.sampleCode, row.sampleId, row.taskCode, row.labCode, row.labName, row.enterpriseName,
                row.productCode, row.productName, row.ruleTitle, row.ruleVersion, row.status, row.receivedBy,
                row.receivedAt, items);
    }

    private ReportView reportView(ReportRow r) {
        LabSampleRow sample = samples.find(r.labSampleId);
        List<ReportView.Event> events = reports.events(r.id).stream()
                .map(e -> new ReportView.Event(e.action, e.actor, e.comment, e.occurredAt)).toList();
        List<String> failed = r.failedItems == null || r.failedItems.isBlank() ? List.of() : Arrays.asList(r.failedItems.split(","));
        List<LabSampleView.Item> items = "ISSUED".equals(r.status)
                ? reports.items(r.id).stream().map(i -> new LabSampleView.Item(i.code, i.nameZh, i.method, i.limitType,
                        i.limitDisplay, i.unit, i.decimals, i.itemClass, i.measured, i.rounded, i.computedVerdict, i.verdict,
                        i.overrideReason, i.limitDisplayEn, i.unitZh, i.detectionLimit, false, List.of())).toList()
                : view(sample).items();
        ReportRow successor = "ISSUED".equals(r.status) ? reports.issuedSuccessor(r.id) : null;
        return new ReportView(r.id, r.labSampleId, sample.sampleCode, sample.taskCode, sample.labCode, r.reportNo,
                r.version, r.conclusion, zh(r), r.grade, failed, r.status, r.draftedBy, r.reviewedBy, r.approvedBy,
                r.issuedAt, r.contentHash, events, r.previousReportId, r.correctionReason,
                successor == null ? null : successor.id, items);
    }

    /** 所检项目未发现不合格, or 不合格 with the grade in brackets — never 合格 (R28). */
    private static String zh(ReportRow r) {
        Conclusion conclusion = Conclusion.valueOf(r.conclusion);
        return conclusion == Conclusion.NONCONFORMING && r.grade != null
                ? conclusion.zh() + "（" + org.spotcheck.testing.internal.domain.Grade.valueOf(r.grade).zh() + "）"
                : conclusion.zh();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
