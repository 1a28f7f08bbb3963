package org.spotcheck.disposal.internal.application;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.DisposalApi;
import org.spotcheck.disposal.api.OpenCaseCommand;
import org.spotcheck.disposal.api.ServeNoticeCommand;
import org.spotcheck.disposal.internal.persistence.CaseEventRow;
import org.spotcheck.disposal.internal.persistence.DisposalCaseMapper;
import org.spotcheck.disposal.internal.persistence.DisposalCaseRow;
import org.spotcheck.disposal.internal.persistence.ReferralMapper;
import org.spotcheck.disposal.internal.persistence.ReferralRow;
import org.spotcheck.disposal.api.OpenReferralCommand;
import org.spotcheck.disposal.api.ReferralDecision;
import org.spotcheck.disposal.api.ReferralView;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.Validation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link DisposalApi}. */
@Service
@Transactional
class DisposalService implements DisposalApi {

    private final DisposalCaseMapper cases;
    private final ReferralMapper referrals;
    private final Validator validator;
    /** R5 (Product Quality Law art. 15 para 4; Order 18): 15 calendar days from service. */
    private final int objectionDays;

    DisposalService(DisposalCaseMapper cases, ReferralMapper referrals, Validator validator,
            @Value("${spotcheck.disposal.objection-window-days:15}") int objectionDays) {
        this.cases = cases;
        this.referrals = referrals;
        this.validator = validator;
        this.objectionDays = objectionDays;
    }

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
        row.status = "NO_NONCONFORMITY_FOUND".equals(c.conclusion()) ? "OPEN" : "AWAITING_NOTICE";
        row.openedAt = now();
        cases.insert(row);
        event(row.id, "OPENED", actor, c.reportNo());
        return view(row);
    }

    @Override
    public CaseView closeConforming(Actor actor, long caseId) {
        DisposalCaseRow row = find(caseId);
        if (!"NO_NONCONFORMITY_FOUND".equals(row.conclusion)) {
            throw new ConflictException("NOT_CONFORMING", "不合格案件不能直接结案 / a non-conforming case cannot be closed this way");
        }
        String from = row.status;
        row.status = "CLOSED";
        row.closedAt = now();
        save(row, from);
        event(caseId, "CLOSED", actor, null);
        return view(row);
    }

    @Override
    public CaseView serveNotice(Actor actor, long caseId, ServeNoticeCommand command) {
        if (!actor.has(Role.OFFICER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "需要结果处理人员角色 / role OFFICER required");
        }
        DisposalCaseRow row = visible(actor, caseId);
        if (!actor.belongsTo(row.authorityCode)) {
            throw new AccessRefusedException("OTHER_AUTHORITY", "不是本局的案件 / not a case of your authority");
        }
        Validation.check(validator, command);
        if (!"AWAITING_NOTICE".equals(row.status)) {
            throw new ConflictException("WRONG_STATUS", "案件状态为 " + row.status + " / the case is " + row.status);
        }
        row.status = "NOTIFIED";
        row.servedBy = actor.username();
        row.servedAt = command.servedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        row.serviceMethod = command.method().name();
        save(row, "AWAITING_NOTICE");
        event(caseId, "NOTICE_SERVED", actor, command.comment());
        return view(row);
    }

    @Override
    @Transactional(readOnly = true)
    public CaseView getCase(Actor actor, long caseId) {
        return view(visible(actor, caseId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseView> listCases(Actor actor) {
        return cases.listForOrganisation(actor.orgCode()).stream().filter(r -> maySee(actor, r)).map(this::view).toList();
    }

    // ---------------------------------------------------------------- referrals (移送)

    @Override
    public ReferralView openReferral(Actor actor, OpenReferralCommand command) {
        if (!"REFUSED_SAMPLING".equals(command.reason()) && !"SERIOUS_QUALITY_PROBLEM".equals(command.reason())) {
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
        row.openedAt = now();
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
        row.decidedAt = now();
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
            throw new NotFoundException("referral", referralId);
        }
        return row;
    }

    private ReferralView referralView(ReferralRow r) {
        List<Long> evidence = r.evidenceIds == null || r.evidenceIds.isBlank() ? List.of()
                : java.util.Arrays.stream(r.evidenceIds.split(",")).map(Long::valueOf).toList();
        return new ReferralView(r.id, r.taskCode, r.authorityCode, r.enterpriseCode, r.enterpriseName, r.reason, r.facts,
                evidence, r.status, r.openedAt, r.decidedBy, r.decidedAt, r.decisionComment);
    }

    private DisposalCaseRow find(long caseId) {
        DisposalCaseRow row = cases.find(caseId);
        if (row == null) {
            throw new NotFoundException("case", caseId);
        }
        return row;
    }

    private DisposalCaseRow visible(Actor actor, long caseId) {
        DisposalCaseRow row = cases.find(caseId);
        if (row == null || !maySee(actor, row)) {
            throw new NotFoundException("case", caseId);
        }
        return row;
    }

    private static boolean maySee(Actor actor, DisposalCaseRow row) {
        return actor.inScope(row.authorityCode, row.labCode, row.enterpriseCode);
    }

    private void save(DisposalCaseRow row, String fromStatus) {
        if (cases.update(row, fromStatus) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "案件已被他人修改 / the case was changed by someone else");
        }
        row.rowVersion = row.rowVersion + 1;
    }

    private void event(long caseId, String action, Actor actor, String comment) {
        CaseEventRow row = new CaseEventRow();
        row.caseId = caseId;
        row.action = action;
        row.actor = actor.username();
        row.comment = comment == null || comment.isBlank() ? null : comment.strip();
        row.occurredAt = now();
        cases.insertEvent(row);
    }

    private CaseView view(DisposalCaseRow r) {
        LocalDate deadline = r.servedAt == null ? null
                : r.servedAt.atZone(ZoneOffset.UTC).toLocalDate().plusDays(objectionDays);
        List<CaseView.Event> events = cases.events(r.id).stream()
                .map(e -> new CaseView.Event(e.action, e.actor, e.comment, e.occurredAt)).toList();
        return new CaseView(r.id, r.taskCode, r.sampleCode, r.reportNo, r.authorityCode, r.labCode, r.enterpriseCode,
                r.enterpriseName, r.productName, r.conclusion, r.grade, r.status, r.openedAt, r.servedBy, r.servedAt,
                r.serviceMethod, deadline, r.closedAt, events);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
