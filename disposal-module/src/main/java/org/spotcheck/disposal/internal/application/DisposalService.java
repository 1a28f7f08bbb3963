package org.spotcheck.disposal.internal.application;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.spotcheck.disposal.api.AnnouncementCommand;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.DisposalApi;
import org.spotcheck.disposal.api.FileObjectionCommand;
import org.spotcheck.disposal.api.ObjectionDecisionCommand;
import org.spotcheck.disposal.api.OpenCaseCommand;
import org.spotcheck.disposal.api.OpenReferralCommand;
import org.spotcheck.disposal.api.PublicResultView;
import org.spotcheck.disposal.api.PublicationReleaseCommand;
import org.spotcheck.disposal.api.PublicationView;
import org.spotcheck.disposal.api.RectificationOrderCommand;
import org.spotcheck.disposal.api.RectificationReportCommand;
import org.spotcheck.disposal.api.ReferralDecision;
import org.spotcheck.disposal.api.ReferralView;
import org.spotcheck.disposal.api.ReinspectionView;
import org.spotcheck.disposal.api.ServeNoticeCommand;
import org.spotcheck.disposal.api.StatisticsQuery;
import org.spotcheck.disposal.api.StatisticsView;
import org.spotcheck.disposal.api.SuspensionOrderCommand;
import org.spotcheck.disposal.api.TestResultCommand;
import org.spotcheck.disposal.api.WarningRuleCommand;
import org.spotcheck.disposal.api.WarningRuleView;
import org.spotcheck.disposal.api.WarningView;
import org.spotcheck.disposal.internal.domain.ReinspectionRound;
import org.spotcheck.disposal.internal.domain.ResultRules;
import org.spotcheck.disposal.internal.persistence.CaseItemRow;
import org.spotcheck.disposal.internal.persistence.DisposalCaseRow;
import org.spotcheck.disposal.internal.persistence.ObjectionRow;
import org.spotcheck.disposal.internal.persistence.RectificationRow;
import org.spotcheck.disposal.internal.persistence.ReferralMapper;
import org.spotcheck.disposal.internal.persistence.ReferralRow;
import org.spotcheck.disposal.internal.persistence.ReinspectionRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link DisposalApi}. */
@Service
@Transactional
class DisposalService implements DisposalApi {

    private static final Set<String> REFERRAL_REASONS = Set.of("REFUSED_SAMPLING", "SERIOUS_QUALITY_PROBLEM", "LICENCE_REVOCATION");

    private final CaseStore store;
    private final ReferralMapper referrals;
    private final Publications publications;
    private final NoticePdf noticePdf;
    private final Statistics statistics;
    private final Warnings warnings;
    private final Validator validator;

    DisposalService(CaseStore store, ReferralMapper referrals, Publications publications, NoticePdf noticePdf,
            Statistics statistics, Warnings warnings, Validator validator) {
        this.store = store;
        this.warnings = warnings;
        this.statistics = statistics;
        this.referrals = referrals;
        this.publications = publications;
        this.noticePdf = noticePdf;
        this.validator = validator;
    }

    // ---------------------------------------------------------------- opening, notice and service

    @Override
    public CaseView openCase(Actor actor, OpenCaseCommand c) {
        DisposalCaseRow row = new DisposalCaseRow();
        row.taskCode = c.taskCode();
        row.sampleCode = c.sampleCode();
        row.reportNo = c.reportNo();
        row.authorityCode = c.authorityCode();
        row.labCode = c.labCode();
        row.enterpriseCode = c.enterpriseCode();
        row.enterpriseName = c.enterpriseName();
        row.productName = c.productName();
        row.conclusion = c.conclusion();
        row.grade = c.grade();
        row.productCode = c.productCode();
        row.industry = c.industry();
        row.regionCode = c.regionCode();
        row.enterpriseSize = c.enterpriseSize();
        row.enterpriseAddress = c.enterpriseAddress();
        row.channel = c.channel();
        row.trademark = c.trademark();
        row.specification = c.specification();
        row.batchNumber = c.batchNumber();
        row.status = ResultRules.NO_NONCONFORMITY_FOUND.equals(c.conclusion()) ? "OPEN" : "AWAITING_NOTICE";
        row.openedAt = store.now();
        store.cases.insert(row);
        if (c.failedItems() != null) {
            for (OpenCaseCommand.FailedItem f : c.failedItems()) {
                CaseItemRow item = new CaseItemRow();
                item.caseId = row.id;
                item.code = f.code();
                item.nameZh = f.nameZh();
                item.itemClass = "A".equals(f.itemClass()) ? "A" : "B";
                item.disputed = false;
                item.finalVerdict = "FAIL";
                store.cases.insertItem(item);
            }
        }
        store.event(row.id, "OPENED", actor, c.reportNo());
        publications.draft(row);
        return store.view(store.find(row.id));
    }

    @Override
    public CaseView closeConforming(Actor actor, long caseId) {
        DisposalCaseRow row = store.find(caseId);
        if (!ResultRules.NO_NONCONFORMITY_FOUND.equals(row.conclusion)) {
            throw new ConflictException("NOT_CONFORMING", "不合格案件不能直接结案 / a non-conforming case cannot be closed this way");
        }
        String from = row.status;
        row.status = "CLOSED";
        row.closedAt = store.now();
        row.finalConclusion = row.conclusion;
        row.finalBasis = "NO_NONCONFORMITY";
        row.concludedAt = row.closedAt;
        row.closeReason = "NO_NONCONFORMITY";
        store.save(row, from);
        store.event(caseId, "CLOSED", actor, null);
        publications.conclusionFinal(row);
        warnings.evaluate(row);
        return store.view(row);
    }

    @Override
    public CaseView serveNotice(Actor actor, long caseId, ServeNoticeCommand command) {
        DisposalCaseRow row = store.asOfficer(actor, caseId);
        Validation.check(validator, command);
        CaseStore.requireStatus(row, "AWAITING_NOTICE");
        boolean fromSeller = "DISTRIBUTION".equals(row.channel) || "E_COMMERCE".equals(row.channel);
        if (fromSeller && (command.producerName() == null || command.producerName().isBlank())) {
            throw InvalidInputException.of("producerName", "PRODUCER_REQUIRED",
                    "样品购自销售者，须填写样品标称的生产者，以便一并告知 / the sample came from a seller: name the producer on the label, who is notified too");
        }
        row.producerName = command.producerName() == null || command.producerName().isBlank() ? null : command.producerName().strip();
        row.serviceMethod = command.method().name();
        row.noticeSentAt = store.now();
        if (command.method() == ServeNoticeCommand.ServiceMethod.IN_APP) {
            row.status = "NOTICE_SENT"; // served when the enterprise acknowledges it
        } else {
            row.status = "NOTIFIED";
            row.servedBy = actor.username();
            store.served(row, command.servedOn().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        store.save(row, "AWAITING_NOTICE");
        store.event(caseId, command.method() == ServeNoticeCommand.ServiceMethod.IN_APP ? "NOTICE_SENT" : "NOTICE_SERVED",
                actor, command.comment());
        // the last day when the service date is known; an IN_APP notice is served (and its window fixed) when acknowledged
        String subject = "检验结果通知书（" + row.reportNo + "，" + row.productName + "）：不合格，可于送达之日起" + store.settings.objectionWindow.zh() + "内提出异议、申请复检"
                + (row.objectionDeadline == null ? "" : "，异议期至 " + row.objectionDeadline + "（含当日）");
        store.notify(caseId, row.enterpriseCode, subject);
        store.emailIntent(caseId, row.enterpriseCode, subject);
        if (row.producerName != null) {
            // S2 (Order 18, stage G): the producer named on the label is told as well
            store.event(caseId, "PRODUCER_NOTICE", actor, "检验结果通知书抄送标称生产者 " + row.producerName);
        }
        return store.view(row);
    }

    @Override
    public CaseView acknowledgeNotice(Actor actor, long caseId) {
        DisposalCaseRow row = store.asEnterprise(actor, caseId);
        CaseStore.requireStatus(row, "NOTICE_SENT");
        row.status = "NOTIFIED";
        row.servedBy = actor.username();
        store.served(row, store.now()); // 电子送达: served when the enterprise receives it
        store.save(row, "NOTICE_SENT");
        store.event(caseId, "NOTICE_ACKNOWLEDGED", actor, "企业在线签收，异议期自 " + LocalDate.ofInstant(row.servedAt, DisposalSettings.CHINA) + " 起算");
        store.notify(caseId, row.enterpriseCode, "检验结果通知书已签收，异议期至 " + row.objectionDeadline + "（含当日）");
        return store.view(row);
    }

    @Override
    @Transactional(readOnly = true)
    public CaseView getCase(Actor actor, long caseId) {
        return store.view(store.visible(actor, caseId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseView> listCases(Actor actor) {
        return store.cases.listForOrganisation(actor.orgCode()).stream().filter(r -> CaseStore.maySee(actor, r))
                .map(store::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseView> casesOfTask(Actor actor, String taskCode) {
        return store.cases.ofTask(taskCode).stream().filter(r -> CaseStore.maySee(actor, r)).map(store::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] noticePdf(Actor actor, long caseId, String recipient) {
        DisposalCaseRow row = store.visible(actor, caseId);
        if (row.noticeSentAt == null) {
            throw new ConflictException("NOTICE_NOT_ISSUED", "检验结果通知书尚未送达 / the notice has not been issued");
        }
        boolean producer = "PRODUCER".equalsIgnoreCase(recipient);
        if (producer && (row.producerName == null || actor.isEnterprise())) {
            throw new NotFoundException("notice to the producer of case", caseId);
        }
        return noticePdf.render(store.view(row), producer);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] rectificationNoticePdf(Actor actor, long caseId) {
        DisposalCaseRow row = store.visible(actor, caseId);
        if (store.handling.rectificationOfCase(caseId) == null) {
            throw new ConflictException("NOT_ORDERED", "尚未责令整改 / no rectification was ordered");
        }
        return noticePdf.renderRectification(store.view(row));
    }

    // ---------------------------------------------------------------- objection and re-test (R5, R7–R9)

    @Override
    public CaseView fileObjection(Actor actor, long caseId, FileObjectionCommand command) {
        DisposalCaseRow row = store.asEnterprise(actor, caseId);
        Validation.check(validator, command);
        if ("NOTICE_SENT".equals(row.status) || "AWAITING_NOTICE".equals(row.status)) {
            throw new ConflictException("NOT_SERVED", "检验结果通知书尚未送达 / the notice has not been served yet");
        }
        LocalDate deadline = store.objectionDeadline(row);
        // R5 (Product Quality Law art. 15 para 4): 15 days from service; the day of service is not counted
        // (the length and whether it counts calendar or working days: spotcheck.disposal.periods.objection-window)
        if (deadline == null || store.today().isAfter(deadline)) {
            throw new RuleViolationException(null, "OBJECTION_WINDOW_CLOSED",
                    "异议期已于 " + deadline + " 届满（自送达之日起" + store.settings.objectionWindow.zh()
                            + "），不再受理异议和复检申请 / the objection window closed on " + deadline + " ("
                            + store.settings.objectionWindow.en() + " from service): no objection or re-test application is accepted");
        }
        if (store.handling.objectionOfCase(caseId) != null) {
            throw new ConflictException("ALREADY_OBJECTED", "已提出过异议 / an objection was already filed");
        }
        CaseStore.requireStatus(row, "NOTIFIED");
        List<CaseItemRow> items = store.cases.items(caseId);
        Set<String> failed = items.stream().map(i -> i.code).collect(Collectors.toSet());
        Set<String> disputed = new LinkedHashSet<>(command.disputedItems().stream().map(String::strip).toList());
        List<FieldViolation> violations = new ArrayList<>();
        for (String code : disputed) {
            if (!failed.contains(code)) {
                violations.add(new FieldViolation("disputedItems", "NOT_A_FAILED_ITEM",
                        "只能对判定不合格的项目申请复检：" + code + " / only failed items can be re-tested: " + code));
            }
        }
        // R7: the applicant pays the re-test fee first
        if (!Boolean.TRUE.equals(command.acceptsPrepayment())) {
            violations.add(new FieldViolation("acceptsPrepayment", "PREPAYMENT_REQUIRED",
                    "复检费用由申请人先行垫付 / the applicant pays the re-test fee first"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ObjectionRow objection = new ObjectionRow();
        objection.caseId = caseId;
        objection.reason = command.reason().strip();
        objection.evidenceIds = command.evidenceIds() == null || command.evidenceIds().isEmpty() ? null
                : command.evidenceIds().stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        objection.filedBy = actor.username();
        objection.filedAt = store.now();
        objection.status = "FILED";
        objection.feePrepaidBy = ResultRules.FeeBearer.APPLICANT.name();
        store.handling.insertObjection(objection);
        for (CaseItemRow item : items) {
            if (disputed.contains(item.code)) {
                item.disputed = true;
                store.cases.updateItem(item);
            }
        }
        row.status = "OBJECTION_FILED";
        store.save(row, "NOTIFIED");
        store.event(caseId, "OBJECTION_FILED", actor, "复检项目 " + String.join("、", disputed) + "：" + objection.reason);
        store.notify(caseId, row.authorityCode, "企业对 " + row.reportNo + " 提出异议并申请复检，请审查");
        return store.view(row);
    }

    @Override
    public CaseView decideObjection(Actor actor, long caseId, ObjectionDecisionCommand command) {
        DisposalCaseRow row = store.asOfficer(actor, caseId);
        Validation.check(validator, command);
        CaseStore.requireStatus(row, "OBJECTION_FILED");
        ObjectionRow objection = store.handling.objectionOfCase(caseId);
        boolean accepted = command.decision() == ObjectionDecisionCommand.Verdict.ACCEPT;
        objection.status = accepted ? "ACCEPTED" : "REJECTED";
        objection.decidedBy = actor.username();
        objection.decidedAt = store.now();
        objection.decisionReason = command.reason().strip();
        saveObjection(objection, "FILED");
        store.event(caseId, accepted ? "OBJECTION_ACCEPTED" : "OBJECTION_REJECTED", actor, objection.decisionReason);
        store.notify(caseId, row.enterpriseCode, (accepted ? "复检申请已受理：" : "复检申请不予受理：") + objection.decisionReason);
        if (accepted) {
            row.status = "RETESTING";
            store.save(row, "OBJECTION_FILED");
            return store.view(row);
        }
        return conclude(actor, row, "OBJECTION_REJECTED", row.conclusion, row.grade);
    }

    @Override
    public CaseView finalizeConclusion(Actor actor, long caseId) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, "NOTIFIED");
        return conclude(actor, row, "NO_OBJECTION", row.conclusion, row.grade);
    }

    @Override
    public CaseView recordRetestLab(Actor actor, long caseId, String labCode, long drawId) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, "RETESTING");
        // R9: the re-test lab is never the lab of the first test
        if (row.labCode.equals(labCode)) {
            throw new RuleViolationException(null, "RETEST_LAB_SAME_AS_ORIGINAL",
                    "复检机构不得为原检验机构 / the re-test lab must differ from the original lab");
        }
        ObjectionRow objection = store.handling.objectionOfCase(caseId);
        objection.retestLabCode = labCode;
        objection.retestDrawId = drawId;
        saveObjection(objection, "ACCEPTED");
        store.event(caseId, "RETEST_LAB_DRAWN", actor, "随机抽取复检机构 " + labCode + "（抽取记录 #" + drawId + "）");
        return store.view(row);
    }

    @Override
    public CaseView abandonRetest(Actor actor, long caseId, String note) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, "RETESTING");
        ObjectionRow objection = store.handling.objectionOfCase(caseId);
        objection.status = "ABANDONED";
        objection.completedAt = store.now();
        saveObjection(objection, "ACCEPTED");
        store.event(caseId, "RETEST_ABANDONED", actor, "备用样品被复检机构拒收，维持原检验结论：" + (note == null ? "" : note));
        return conclude(actor, row, "RETEST_ABANDONED", row.conclusion, row.grade);
    }

    @Override
    public CaseView recordRetestResult(Actor actor, long caseId, TestResultCommand result) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, "RETESTING");
        ObjectionRow objection = store.handling.objectionOfCase(caseId);
        if (objection.retestLabCode == null) {
            throw new ConflictException("NO_RETEST_LAB", "尚未抽取复检机构 / no re-test lab was drawn");
        }
        Set<String> retestFailed = new HashSet<>(result.failedItems() == null ? List.of() : result.failedItems());
        List<CaseItemRow> items = store.cases.items(caseId);
        List<ResultRules.FailedItem> judged = new ArrayList<>();
        Set<String> disputed = new HashSet<>();
        for (CaseItemRow item : items) {
            if (Boolean.TRUE.equals(item.disputed)) {
                disputed.add(item.code);
                item.retestVerdict = retestFailed.contains(item.code) ? "FAIL" : "PASS";
            }
            ResultRules.FailedItem f = new ResultRules.FailedItem(item.code, item.itemClass, Boolean.TRUE.equals(item.disputed),
                    item.retestVerdict);
            item.finalVerdict = f.finalVerdict();
            store.cases.updateItem(item);
            judged.add(f);
        }
        ResultRules.Final outcome = ResultRules.afterRetest(judged);
        ResultRules.FeeBearer bearer = ResultRules.feeBearer(disputed, retestFailed);
        objection.status = "RETESTED";
        objection.retestReportNo = result.reportNo();
        objection.retestConclusion = result.conclusion();
        objection.retestGrade = result.grade();
        objection.feeBorneBy = bearer.name();
        objection.completedAt = store.now();
        saveObjection(objection, "ACCEPTED");
        store.event(caseId, "RETEST_DONE", actor, "复检报告 " + result.reportNo() + "：" + result.conclusion() + "（复检结论为最终结论）");
        // R7 (Order 18, 复检): applicant pays first; agreeing re-test → applicant bears it, otherwise the authority
        store.event(caseId, "RETEST_FEE", actor, bearer == ResultRules.FeeBearer.APPLICANT
                ? "复检结论与原结论一致，复检费用由申请人承担 / the re-test agrees: the applicant bears the fee"
                : "复检结论与原结论不一致，复检费用由组织抽查的部门承担 / the re-test disagrees: the authority bears the fee");
        return conclude(actor, row, "RETEST", outcome.conclusion(), outcome.grade());
    }

    /**
     * 结论确认: the conclusion is final. A non-conforming one sets the stop-sale flag (R12); a
     * conforming one (after a re-test) closes the case. Either way the result may now be reviewed
     * for publication.
     */
    private CaseView conclude(Actor actor, DisposalCaseRow row, String basis, String conclusion, String grade) {
        String from = row.status;
        row.finalConclusion = conclusion;
        row.finalGrade = grade;
        row.finalBasis = basis;
        row.concludedAt = store.now();
        if (ResultRules.NO_NONCONFORMITY_FOUND.equals(conclusion)) {
            row.status = "CLOSED";
            row.closedAt = row.concludedAt;
            row.closeReason = "RETEST_CLEARED";
            row.stopSale = false;
        } else {
            row.status = "CONCLUSION_FINAL";
            row.stopSale = true;
            row.stopSaleSince = row.concludedAt;
        }
        store.save(row, from);
        store.event(row.id, "CONCLUSION_FINAL", actor, conclusion + (grade == null ? "" : " " + grade) + "（" + basis + "）");
        if (Boolean.TRUE.equals(row.stopSale)) {
            // R12 (Order 18 art. 45): stop producing and selling the same product at once
            store.event(row.id, "STOP_SALE", actor, "责令立即停止生产、销售同一产品 / stop producing and selling the same product");
            store.notify(row.id, row.enterpriseCode, "检验结论已确定为不合格，请立即停止生产、销售同一产品");
        }
        publications.conclusionFinal(row);
        warnings.evaluate(row);
        return store.view(row);
    }

    private void saveObjection(ObjectionRow objection, String from) {
        if (store.handling.updateObjection(objection, from) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "异议已被他人处理 / the objection was changed by someone else");
        }
        objection.rowVersion = objection.rowVersion + 1;
    }

    // ---------------------------------------------------------------- failure path (R12–R17)

    @Override
    public CaseView orderRectification(Actor actor, long caseId, RectificationOrderCommand command) {
        DisposalCaseRow row = store.asOfficer(actor, caseId);
        Validation.check(validator, command);
        CaseStore.requireStatus(row, "CONCLUSION_FINAL");
        LocalDate orderedOn = command.orderedOn() == null ? store.today() : command.orderedOn();
        if (orderedOn.isAfter(store.today())) {
            throw InvalidInputException.of("orderedOn", "FUTURE_DATE", "责令日期不能晚于今天 / the order date cannot be in the future");
        }
        RectificationRow order = new RectificationRow();
        order.caseId = caseId;
        order.orderedBy = actor.username();
        order.orderedOn = orderedOn;
        order.requirements = command.requirements().strip();
        order.dueOn = store.settings.lastDay(store.settings.rectification, orderedOn); // R13: 60 days
        order.reinspectionDueOn = store.settings.lastDay(store.settings.reinspectionDue, orderedOn); // R14: 75 days
        // R27: whether this is a serious quality problem (移送执法稽查) is the officer's explicit choice; the grade
        // 严重不合格 only pre-ticks the box on the page, it never decides on its own
        order.seriousProblem = command.seriousQualityProblem();
        store.handling.insertRectification(order);
        row.status = "RECTIFYING";
        store.save(row, "CONCLUSION_FINAL");
        store.event(caseId, "RECTIFICATION_ORDERED", actor, "整改期限至 " + order.dueOn + "；复查最迟于 " + order.reinspectionDueOn
                + "。" + order.requirements);
        store.notify(caseId, row.enterpriseCode, "责令整改通知：整改期限至 " + order.dueOn + "（含当日），请在此前完成整改并提交整改报告");
        store.emailIntent(caseId, row.enterpriseCode, "责令整改通知书（" + row.reportNo + "）：整改期限至 " + order.dueOn + "（含当日）");
        return store.view(row);
    }

    @Override
    public CaseView remindRectification(Actor actor, long caseId) {
        DisposalCaseRow row = store.find(caseId);
        RectificationRow order = store.handling.rectificationOfCase(caseId);
        if (order == null || order.reportSubmittedAt != null) {
            return store.view(row);
        }
        order.remindedAt = store.now();
        store.handling.updateRectification(order);
        store.event(caseId, "RECTIFICATION_OVERDUE", actor, "整改期限 " + order.dueOn + " 已届满，尚未提交整改报告");
        store.notify(caseId, row.enterpriseCode, "整改期限已届满，请立即提交整改报告");
        store.notify(caseId, row.authorityCode, "企业逾期未提交整改报告（" + row.taskCode + "）");
        return store.view(row);
    }

    @Override
    public CaseView submitRectificationReport(Actor actor, long caseId, RectificationReportCommand command) {
        DisposalCaseRow row = store.asEnterprise(actor, caseId);
        Validation.check(validator, command);
        CaseStore.requireStatus(row, "RECTIFYING");
        RectificationRow order = store.handling.rectificationOfCase(caseId);
        if (order.reportSubmittedAt != null) {
            throw new ConflictException("ALREADY_REPORTED", "整改报告已提交 / the rectification report was already submitted");
        }
        order.reportSummary = command.summary().strip();
        order.reportEvidenceIds = command.evidenceIds().stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        order.reportSubmittedBy = actor.username();
        order.reportSubmittedAt = store.now();
        store.handling.updateRectification(order);
        store.event(caseId, "RECTIFICATION_REPORTED", actor, order.reportSummary + "（证据 " + order.reportEvidenceIds + "）");
        store.notify(caseId, row.authorityCode, "企业已提交整改报告，请组织复查");
        return store.view(row);
    }

    @Override
    public CaseView reportReinspectionOverdue(Actor actor, long caseId) {
        DisposalCaseRow row = store.find(caseId);
        if ("REINSPECTING".equals(row.status) || "CLOSED".equals(row.status)) {
            return store.view(row); // organised in time after all
        }
        String supervisor = row.escalatedTo != null ? row.escalatedTo : row.authorityCode;
        store.event(caseId, "REINSPECTION_OVERDUE", actor, "复查未在期限内组织（" + row.status + "）");
        store.notify(caseId, supervisor, "复查逾期：" + row.taskCode + " 未在法定期限内组织复查");
        return store.view(row);
    }

    @Override
    public ReinspectionView organiseReinspection(Actor actor, long caseId) {
        DisposalCaseRow row = store.asOfficer(actor, caseId);
        List<ReinspectionRow> done = store.handling.reinspectionsOfCase(caseId);
        LocalDate today = store.today();
        ReinspectionRound round;
        ReinspectionRound.Window window;
        switch (row.status) {
            case "RECTIFYING" -> {
                RectificationRow order = store.handling.rectificationOfCase(caseId);
                round = ReinspectionRound.FIRST;
                window = new ReinspectionRound.Window(order.orderedOn, order.reinspectionDueOn);
            }
            case "ANNOUNCED" -> {
                round = ReinspectionRound.AFTER_ANNOUNCEMENT;
                // R16 (Order 18 art. 48): 公告之日起六十日后九十日前
                window = new ReinspectionRound.Window(store.settings.lastDay(store.settings.secondReinspectionOpens, row.announcedOn),
                        store.settings.lastDay(store.settings.secondReinspectionCloses, row.announcedOn));
            }
            case "SUSPENDED" -> {
                round = ReinspectionRound.AFTER_SUSPENSION;
                window = new ReinspectionRound.Window(row.suspendedUntil.plusDays(1),
                        store.settings.lastDay(store.settings.reinspectionAfterSuspension, row.suspendedUntil));
            }
            default -> throw new ConflictException("WRONG_STATUS", "案件状态为 " + row.status + "，不能组织复查 / the case is "
                    + row.status + ": no re-inspection is due");
        }
        if (done.size() >= round.number()) {
            throw new ConflictException("ALREADY_ORGANISED", "本轮复查已组织 / this re-inspection was already organised");
        }
        if (window.opensAfter(today)) {
            throw new RuleViolationException(null, "REINSPECTION_WINDOW_NOT_OPEN",
                    "第" + round.number() + "次复查最早于 " + window.from() + " 进行"
                            + (round == ReinspectionRound.AFTER_ANNOUNCEMENT ? "（公告之日起" + store.settings.secondReinspectionOpens.zh() + "后、"
                                    + store.settings.secondReinspectionCloses.zh() + "前，《产品质量监督抽查管理暂行办法》第四十八条）" : "")
                            + " / re-inspection " + round.number() + " may not start before " + window.from());
        }
        ReinspectionRow r = new ReinspectionRow();
        r.caseId = caseId;
        r.roundNo = round.number();
        r.taskCode = row.taskCode + "-F" + round.number();
        r.windowFrom = window.from();
        r.windowTo = window.to();
        r.organisedBy = actor.username();
        r.organisedOn = today;
        store.handling.insertReinspection(r);
        String from = row.status;
        row.status = "REINSPECTING";
        store.save(row, from);
        store.event(caseId, "REINSPECTION_ORGANISED", actor, "第" + round.number() + "次复查，任务 " + r.taskCode
                + (window.isLate(today) ? "（已超过期限 " + window.to() + "）" : ""));
        // R17 (Order 18 art. 49): re-inspection samples are supplied free by the enterprise
        store.notify(caseId, row.enterpriseCode, "将进行第" + round.number() + "次复查，复查样品由企业无偿提供");
        return CaseStore.view(r);
    }

    @Override
    public ReinspectionView recordReinspectionResult(Actor actor, long caseId, TestResultCommand result) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, "REINSPECTING");
        List<ReinspectionRow> rounds = store.handling.reinspectionsOfCase(caseId);
        ReinspectionRow current = rounds.get(rounds.size() - 1);
        current.reportNo = result.reportNo();
        current.conclusion = result.conclusion();
        current.concludedAt = store.now();
        store.handling.updateReinspection(current);
        boolean passed = ResultRules.NO_NONCONFORMITY_FOUND.equals(result.conclusion());
        if (passed) {
            row.status = "CLOSED";
            row.closedAt = current.concludedAt;
            row.closeReason = "RECTIFIED";
            row.stopSale = false; // R17: production and sale may resume once the re-inspection passed
            store.save(row, "REINSPECTING");
            store.event(caseId, "REINSPECTION_PASSED", actor, "第" + current.roundNo + "次复查合格（" + result.reportNo() + "），结案");
            store.notify(caseId, row.enterpriseCode, "复查合格，可恢复生产、销售");
        } else {
            row.status = "REINSPECTION_FAILED";
            store.save(row, "REINSPECTING");
            store.event(caseId, "REINSPECTION_FAILED", actor, "第" + current.roundNo + "次复查不合格（" + result.reportNo() + "）："
                    + String.join("、", result.failedItems() == null ? List.of() : result.failedItems()));
        }
        return CaseStore.view(current);
    }

    @Override
    public ReinspectionView recordReinspectionRefusal(Actor actor, long caseId, String facts) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, "REINSPECTING");
        List<ReinspectionRow> rounds = store.handling.reinspectionsOfCase(caseId);
        ReinspectionRow current = rounds.get(rounds.size() - 1);
        current.conclusion = "REFUSED";
        current.concludedAt = store.now();
        store.handling.updateReinspection(current);
        row.status = "REINSPECTION_FAILED";
        store.save(row, "REINSPECTING");
        store.event(caseId, "REINSPECTION_REFUSED", actor, "第" + current.roundNo + "次复查：企业拒绝抽样，按复查不合格处理并移送执法稽查。" + facts);
        store.notify(caseId, row.authorityCode, "企业拒绝复查抽样（" + row.taskCode + "），已按复查不合格处理并移送执法稽查");
        return CaseStore.view(current);
    }

    @Override
    public CaseView escalate(Actor actor, long caseId, String provinceAuthorityCode) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, "REINSPECTION_FAILED");
        row.status = "ESCALATED";
        row.escalatedTo = provinceAuthorityCode;
        row.escalatedAt = store.now();
        store.save(row, "REINSPECTION_FAILED");
        // R15 (Order 18 art. 47): 逐级上报至省级市场监督管理部门，由其向社会公告
        store.event(caseId, "ESCALATED", actor, "复查不合格，逐级上报至 " + provinceAuthorityCode);
        store.notify(caseId, provinceAuthorityCode, "复查不合格企业 " + row.enterpriseName + "（" + row.productName + "），请向社会公告");
        return store.view(row);
    }

    @Override
    public CaseView announce(Actor actor, long caseId, AnnouncementCommand command) {
        if (!actor.has(Role.OFFICER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "需要结果处理人员角色 / role OFFICER required");
        }
        DisposalCaseRow row = store.visible(actor, caseId);
        if (!actor.belongsTo(row.escalatedTo)) {
            throw new AccessRefusedException("PROVINCE_ONLY", "由省级市场监督管理部门公告 / the provincial authority announces");
        }
        Validation.check(validator, command);
        CaseStore.requireStatus(row, "ESCALATED");
        LocalDate on = command.announcedOn() == null ? store.today() : command.announcedOn();
        if (on.isAfter(store.today())) {
            throw InvalidInputException.of("announcedOn", "FUTURE_DATE", "公告日期不能晚于今天 / the announcement date cannot be in the future");
        }
        row.status = "ANNOUNCED";
        row.announcedOn = on;
        store.save(row, "ESCALATED");
        store.event(caseId, "ANNOUNCED", actor, "公告日期 " + on + "：" + command.text().strip());
        publications.announcement(row, command.text().strip(), actor);
        store.notify(caseId, row.authorityCode, "省局已公告；公告之日起" + store.settings.secondReinspectionOpens.zh() + "后、"
                + store.settings.secondReinspectionCloses.zh() + "前须再次复查");
        return store.view(row);
    }

    @Override
    public CaseView orderSuspension(Actor actor, long caseId, SuspensionOrderCommand command) {
        DisposalCaseRow row = store.asOfficer(actor, caseId);
        Validation.check(validator, command);
        CaseStore.requireStatus(row, "REINSPECTION_FAILED");
        List<ReinspectionRow> rounds = store.handling.reinspectionsOfCase(caseId);
        if (rounds.size() != ReinspectionRound.AFTER_ANNOUNCEMENT.number()) {
            throw new ConflictException("WRONG_STATUS", "只有公告后复查不合格才责令停业整顿 / suspension follows a failed second re-inspection");
        }
        if (!command.suspendedUntil().isAfter(store.today())) {
            throw InvalidInputException.of("suspendedUntil", "NOT_IN_FUTURE", "停业整顿期限须晚于今天 / the suspension must end in the future");
        }
        row.status = "SUSPENDED";
        row.suspendedUntil = command.suspendedUntil();
        store.save(row, "REINSPECTION_FAILED");
        // R16; Product Quality Law art. 17: 责令停业，限期整顿
        store.event(caseId, "SUSPENSION_ORDERED", actor, "停业整顿至 " + row.suspendedUntil + "：" + command.text().strip());
        store.notify(caseId, row.enterpriseCode, "责令停业、限期整顿至 " + row.suspendedUntil);
        store.emailIntent(caseId, row.enterpriseCode, "责令停业整顿决定书（" + row.taskCode + "）");
        return store.view(row);
    }

    @Override
    public CaseView closeForRevocation(Actor actor, long caseId, long referralId) {
        DisposalCaseRow row = store.find(caseId);
        CaseStore.requireStatus(row, "REINSPECTION_FAILED");
        row.status = "REVOCATION_REFERRED";
        row.closedAt = store.now();
        row.closeReason = "LICENCE_REVOCATION_REFERRED";
        store.save(row, "REINSPECTION_FAILED");
        // R16; Product Quality Law art. 17: 整顿期满复查仍不合格的，吊销营业执照
        store.event(caseId, "REVOCATION_REFERRED", actor, "停业整顿后复查仍不合格，移送吊销营业执照（移送 #" + referralId + "）");
        return store.view(row);
    }

    // ---------------------------------------------------------------- publication

    @Override
    @Transactional(readOnly = true)
    public List<PublicationView> listPublications(Actor actor) {
        return publications.list(actor);
    }

    @Override
    public PublicationView releasePublication(Actor actor, long publicationId, PublicationReleaseCommand command) {
        Validation.check(validator, command);
        return publications.release(actor, publicationId, command);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicResultView> publicResults() {
        return publications.released();
    }

    // ---------------------------------------------------------------- statistics

    @Override
    @Transactional(readOnly = true)
    public StatisticsView statistics(Actor actor, StatisticsQuery query) {
        return statistics.compute(actor, query);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] exportStatistics(Actor actor, StatisticsQuery query, String format) {
        StatisticsView view = statistics.compute(actor, query);
        return "xlsx".equalsIgnoreCase(format) ? statistics.xlsx(view) : statistics.csv(view);
    }

    // ---------------------------------------------------------------- quality early warning

    @Override
    public WarningRuleView createWarningRule(Actor actor, WarningRuleCommand command) {
        Validation.check(validator, command);
        return warnings.createRule(actor, command);
    }

    @Override
    @Transactional(readOnly = true)
    public WarningRuleView getWarningRule(Actor actor, long ruleId) {
        return warnings.getRule(actor, ruleId);
    }

    @Override
    public WarningRuleView updateWarningRule(Actor actor, long ruleId, WarningRuleCommand command) {
        Validation.check(validator, command);
        return warnings.updateRule(actor, ruleId, command);
    }

    @Override
    public WarningRuleView deactivateWarningRule(Actor actor, long ruleId) {
        return warnings.setActive(actor, ruleId, false);
    }

    @Override
    public WarningRuleView reactivateWarningRule(Actor actor, long ruleId) {
        return warnings.setActive(actor, ruleId, true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WarningRuleView> listWarningRules(Actor actor) {
        return warnings.rules(actor);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WarningView> listWarnings(Actor actor) {
        return warnings.list(actor);
    }

    @Override
    @Transactional(readOnly = true)
    public WarningView getWarning(Actor actor, long warningId) {
        return warnings.get(actor, warningId);
    }

    @Override
    public WarningView handleWarning(Actor actor, long warningId, String planCode, String comment) {
        return warnings.handle(actor, warningId, planCode, comment);
    }

    // ---------------------------------------------------------------- referrals (移送)

    @Override
    public ReferralView openReferral(Actor actor, OpenReferralCommand command) {
        if (!REFERRAL_REASONS.contains(command.reason())) {
            throw InvalidInputException.of("reason", "UNKNOWN_REFERRAL_REASON", "unknown referral reason " + command.reason());
        }
        ReferralRow row = new ReferralRow();
        row.taskCode = command.taskCode();
        row.authorityCode = command.authorityCode();
        row.enterpriseCode = command.enterpriseCode();
        row.enterpriseName = command.enterpriseName();
        row.reason = command.reason();
        row.facts = command.facts().length() > 2000 ? command.facts().substring(0, 2000) : command.facts();
        row.evidenceIds = command.evidenceIds() == null ? ""
                : String.join(",", command.evidenceIds().stream().map(String::valueOf).toList());
        row.status = "OPEN";
        row.openedAt = store.now();
        referrals.insert(row);
        return referralView(row);
    }

    @Override
    public ReferralView decideReferral(Actor actor, long referralId, ReferralDecision decision, String comment) {
        if (!actor.has(Role.ENFORCER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "需要执法稽查角色 / role ENFORCER required");
        }
        ReferralRow row = visibleReferral(actor, referralId);
        if (decision == ReferralDecision.NO_ACTION && (comment == null || comment.isBlank())) {
            throw InvalidInputException.of("comment", "COMMENT_REQUIRED", "不予立案须说明理由 / a decision not to act needs a reason");
        }
        row.status = decision.name();
        row.decidedBy = actor.username();
        row.decidedAt = store.now();
        row.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (referrals.decide(row) != 1) {
            throw new ConflictException("ALREADY_DECIDED", "该移送已处理 / the referral was already decided");
        }
        return referralView(referrals.find(referralId));
    }

    @Override
    @Transactional(readOnly = true)
    public ReferralView getReferral(Actor actor, long referralId) {
        return referralView(visibleReferral(actor, referralId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferralView> listReferrals(Actor actor) {
        if (!actor.isAuthority()) {
            return List.of();
        }
        return referrals.listForAuthority(actor.orgCode()).stream().map(this::referralView).toList();
    }

    private ReferralRow visibleReferral(Actor actor, long referralId) {
        ReferralRow row = referrals.find(referralId);
        if (row == null || !(actor.isSystem() || actor.isAuthority() && actor.belongsTo(row.authorityCode))) {
            // out of scope answers like a missing referral, but is audited as a refusal (issue 13.4)
            throw row == null ? new NotFoundException("referral", referralId) : new org.spotcheck.shared.OutOfScopeException("referral", referralId);
        }
        return row;
    }

    private ReferralView referralView(ReferralRow r) {
        List<Long> evidence = r.evidenceIds == null || r.evidenceIds.isBlank() ? List.of()
                : java.util.Arrays.stream(r.evidenceIds.split(",")).map(Long::valueOf).toList();
        return new ReferralView(r.id, r.taskCode, r.authorityCode, r.enterpriseCode, r.enterpriseName, r.reason, r.facts,
                evidence, r.status, r.openedAt, r.decidedBy, r.decidedAt, r.decisionComment);
    }
}
