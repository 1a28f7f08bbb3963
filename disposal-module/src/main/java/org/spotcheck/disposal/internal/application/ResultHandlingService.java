package org.spotcheck.disposal.internal.application;

import org.spotcheck.shared.StoredMessage;
import org.spotcheck.shared.StoredMessage.Arg;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.FileObjectionCommand;
import org.spotcheck.disposal.api.ObjectionDecisionCommand;
import org.spotcheck.disposal.api.OpenCaseCommand;
import org.spotcheck.disposal.api.RectificationOrderCommand;
import org.spotcheck.disposal.api.RectificationReportCommand;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.disposal.api.ServeNoticeCommand;
import org.spotcheck.disposal.api.TestResultCommand;
import org.spotcheck.disposal.internal.domain.DisposalCase.Status;
import org.spotcheck.disposal.internal.domain.DisposalCase;
import org.spotcheck.disposal.internal.domain.ResultRules;
import org.spotcheck.disposal.internal.persistence.CaseItemRow;
import org.spotcheck.disposal.internal.persistence.DisposalCaseRow;
import org.spotcheck.disposal.internal.persistence.RectificationRow;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link ResultHandling}: the case, its notice, objection, re-test, conclusion and rectification. */
@Service
@Transactional
class ResultHandlingService implements ResultHandling {

    private final CaseStore store;

    private final PublicationLog publications;

    private final NoticePdf noticePdf;

    private final Warnings warnings;

    private final Validator validator;
    private final Objections objections;
    private final CaseDocumentNumbers documentNumbers;

    ResultHandlingService(CaseStore store, PublicationLog publications, NoticePdf noticePdf, Warnings warnings, Validator validator,
            Objections objections, CaseDocumentNumbers documentNumbers) {
        this.objections = objections;
        this.documentNumbers = documentNumbers;
        this.store = store;
        this.publications = publications;
        this.noticePdf = noticePdf;
        this.warnings = warnings;
        this.validator = validator;
    }

    @Override
    public long openCase(Actor actor, OpenCaseCommand c) {
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
        row.status = DisposalCase.open(ResultRules.NO_NONCONFORMITY_FOUND.equals(c.conclusion())).status().name();
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
        return row.id;
    }

    @Override
    public void closeConforming(Actor actor, long caseId) {
        DisposalCaseRow row = store.find(caseId);
        if (!ResultRules.NO_NONCONFORMITY_FOUND.equals(row.conclusion)) {
            throw new ConflictException("NOT_CONFORMING", "a non-conforming case cannot be closed this way");
        }
        Status from = Status.valueOf(row.status);
        CaseStore.moveTo(row, Status.CLOSED);
        row.closedAt = store.now();
        row.finalConclusion = row.conclusion;
        row.finalBasis = "NO_NONCONFORMITY";
        row.concludedAt = row.closedAt;
        row.closeReason = "NO_NONCONFORMITY";
        store.save(row, from);
        store.event(caseId, "CLOSED", actor, null);
        publications.conclusionFinal(row);
        warnings.evaluate(row);
    }

    @Override
    public CaseView serveNotice(Actor actor, long caseId, ServeNoticeCommand command) {
        DisposalCaseRow row = store.asOfficer(actor, caseId);
        Validation.check(validator, command);
        CaseStore.requireStatus(row, Status.AWAITING_NOTICE);
        boolean fromSeller = "DISTRIBUTION".equals(row.channel) || "E_COMMERCE".equals(row.channel);
        if (fromSeller && (command.producerName() == null || command.producerName().isBlank())) {
            throw InvalidInputException.of("producerName", "PRODUCER_REQUIRED",
                    "the sample came from a seller: name the producer on the label, who is notified too");
        }
        row.producerName = command.producerName() == null || command.producerName().isBlank() ? null : command.producerName().strip();
        row.serviceMethod = command.method().name();
        row.noticeSentAt = store.now();
        if (command.method() == ServeNoticeCommand.ServiceMethod.IN_APP) {
            CaseStore.moveTo(row, Status.NOTICE_SENT); // served when the enterprise acknowledges it
        } else {
            CaseStore.moveTo(row, Status.NOTIFIED);
            row.servedBy = actor.username();
            store.served(row, command.servedOn().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        store.save(row, Status.AWAITING_NOTICE);
        // the notice's 文号, in this transaction (ADR 0021): served twice is a 409 above, so one number per notice
        documentNumbers.numberNotice(caseId, row.authorityCode, store.today().getYear());
        store.event(caseId, command.method() == ServeNoticeCommand.ServiceMethod.IN_APP ? "NOTICE_SENT" : "NOTICE_SERVED",
                actor, command.comment());
        // the last day when the service date is known; an IN_APP notice is served (and its window fixed) when acknowledged
        Arg product = Arg.product(row.productCode, row.productName);
        Arg window = Arg.zhEn(store.settings.objectionWindow.zh(), store.settings.objectionWindow.en());
        StoredMessage subject = row.objectionDeadline == null
                ? StoredMessage.of("disposal.notification.noticeServed", row.reportNo, product, window)
                : StoredMessage.of("disposal.notification.noticeServedUntil", row.reportNo, product, window, row.objectionDeadline);
        store.notify(caseId, row.enterpriseCode, subject);
        store.emailIntent(caseId, row.enterpriseCode, subject);
        if (row.producerName != null) {
            // S2 (Order 18, stage G): the producer named on the label is told as well
            store.record(caseId, "PRODUCER_NOTICE", actor, StoredMessage.of("stored.dsp.producerNotice", row.producerName));
        }
        return store.view(row);
    }

    @Override
    public CaseView acknowledgeNotice(Actor actor, long caseId) {
        DisposalCaseRow row = store.asEnterprise(actor, caseId);
        CaseStore.requireStatus(row, Status.NOTICE_SENT);
        CaseStore.moveTo(row, Status.NOTIFIED);
        row.servedBy = actor.username();
        store.served(row, store.now()); // 电子送达: served when the enterprise receives it
        store.save(row, Status.NOTICE_SENT);
        store.record(caseId, "NOTICE_ACKNOWLEDGED", actor, StoredMessage.of("stored.dsp.noticeAcknowledged",
                LocalDate.ofInstant(row.servedAt, DisposalSettings.CHINA)));
        store.notify(caseId, row.enterpriseCode, StoredMessage.of("disposal.notification.noticeAcknowledged", row.objectionDeadline));
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
            throw new ConflictException("NOTICE_NOT_ISSUED", "the notice has not been issued");
        }
        boolean producer = "PRODUCER".equalsIgnoreCase(recipient);
        if (producer && (row.producerName == null || actor.isEnterprise())) {
            throw new NotFoundException("notice to the producer of case", caseId);
        }
        return noticePdf.render(store.view(row), row.enterpriseAddress, producer, documentNumbers.notice(caseId));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] noticePreviewPdf(Actor actor, long caseId, String producerName) {
        DisposalCaseRow row = store.asOfficer(actor, caseId);
        CaseStore.requireStatus(row, Status.AWAITING_NOTICE);
        CaseView view = store.view(row);
        boolean toProducer = producerName != null && !producerName.isBlank();
        if (toProducer) {
            row.producerName = producerName.strip(); // shown as it would be served; nothing is saved (read-only)
            view = store.view(row);
        }
        return noticePdf.render(view, row.enterpriseAddress, false, null);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] rectificationNoticePdf(Actor actor, long caseId) {
        DisposalCaseRow row = store.visible(actor, caseId);
        if (store.handling.rectificationOfCase(caseId) == null) {
            throw new ConflictException("NOT_ORDERED", "no rectification was ordered");
        }
        return noticePdf.renderRectification(store.view(row), row.enterpriseAddress, documentNumbers.rectification(caseId));
    }

    @Override
    public CaseView orderRectification(Actor actor, long caseId, RectificationOrderCommand command) {
        DisposalCaseRow row = store.asOfficer(actor, caseId);
        Validation.check(validator, command);
        CaseStore.requireStatus(row, Status.CONCLUSION_FINAL);
        LocalDate orderedOn = command.orderedOn() == null ? store.today() : command.orderedOn();
        if (orderedOn.isAfter(store.today())) {
            throw InvalidInputException.of("orderedOn", "FUTURE_DATE", "the order date cannot be in the future",
                    DisposalTexts.word("disposal.date.orderedOn"));
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
        documentNumbers.numberRectification(caseId, row.authorityCode, orderedOn.getYear());
        CaseStore.moveTo(row, Status.RECTIFYING);
        store.save(row, Status.CONCLUSION_FINAL);
        store.record(caseId, "RECTIFICATION_ORDERED", actor, StoredMessage.of("stored.dsp.rectificationOrdered", order.dueOn,
                order.reinspectionDueOn, order.requirements));
        store.notify(caseId, row.enterpriseCode, StoredMessage.of("disposal.notification.rectificationOrdered", order.dueOn));
        store.emailIntent(caseId, row.enterpriseCode, StoredMessage.of("disposal.notification.rectificationOrderMail", row.reportNo, order.dueOn));
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
        store.record(caseId, "RECTIFICATION_OVERDUE", actor, StoredMessage.of("stored.dsp.rectificationOverdue", order.dueOn));
        store.notify(caseId, row.enterpriseCode, StoredMessage.of("disposal.notification.rectificationOverdue"));
        store.notify(caseId, row.authorityCode, StoredMessage.of("disposal.notification.rectificationOverdueOfficer", row.taskCode));
        return store.view(row);
    }

    @Override
    public CaseView submitRectificationReport(Actor actor, long caseId, RectificationReportCommand command) {
        DisposalCaseRow row = store.asEnterprise(actor, caseId);
        Validation.check(validator, command);
        CaseStore.requireStatus(row, Status.RECTIFYING);
        RectificationRow order = store.handling.rectificationOfCase(caseId);
        if (order.reportSubmittedAt != null) {
            throw new ConflictException("ALREADY_REPORTED", "the rectification report was already submitted");
        }
        order.reportSummary = command.summary().strip();
        order.reportEvidenceIds = command.evidenceIds().stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        order.reportSubmittedBy = actor.username();
        order.reportSubmittedAt = store.now();
        store.handling.updateRectification(order);
        // walk17h: the number of files, not their ids (the timeline read 已更换原料供应商（证据 2）)
        store.record(caseId, "RECTIFICATION_REPORTED", actor, StoredMessage.of("dsp.log.rectificationReportedFiles", order.reportSummary,
                command.evidenceIds().stream().distinct().count()));
        store.notify(caseId, row.authorityCode, StoredMessage.of("disposal.notification.rectificationReported"));
        return store.view(row);
    }

    // ---------------------------------------------------------------- objection and re-test (R5, R7–R9): see Objections

    @Override
    public CaseView fileObjection(Actor actor, long caseId, FileObjectionCommand command) {
        return objections.fileObjection(actor, caseId, command);
    }

    @Override
    public CaseView decideObjection(Actor actor, long caseId, ObjectionDecisionCommand command) {
        return objections.decideObjection(actor, caseId, command);
    }

    @Override
    public CaseView finalizeConclusion(Actor actor, long caseId) {
        return objections.finalizeConclusion(actor, caseId);
    }

    @Override
    public CaseView recordRetestLab(Actor actor, long caseId, String labCode, long drawId) {
        return objections.recordRetestLab(actor, caseId, labCode, drawId);
    }

    @Override
    public CaseView abandonRetest(Actor actor, long caseId, String note) {
        return objections.abandonRetest(actor, caseId, note);
    }

    @Override
    public CaseView recordRetestResult(Actor actor, long caseId, TestResultCommand result) {
        return objections.recordRetestResult(actor, caseId, result);
    }
}
