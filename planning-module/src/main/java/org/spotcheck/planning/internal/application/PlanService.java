package org.spotcheck.planning.internal.application;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spotcheck.planning.api.AuthorityView;
import org.spotcheck.planning.api.CandidatePool;
import org.spotcheck.planning.api.CheckedProductCommand;
import org.spotcheck.planning.api.ComplaintCommand;
import org.spotcheck.planning.api.ComplaintView;
import org.spotcheck.planning.api.Complaints;
import org.spotcheck.planning.api.DeclareLabConflictCommand;
import org.spotcheck.planning.api.DraftPlanCommand;
import org.spotcheck.planning.api.DrawVerification;
import org.spotcheck.planning.api.DrawView;
import org.spotcheck.planning.api.Draws;
import org.spotcheck.planning.api.EnterpriseView;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.ImportResult;
import org.spotcheck.planning.api.InspectorView;
import org.spotcheck.planning.api.LabConflictView;
import org.spotcheck.planning.api.LabView;
import org.spotcheck.planning.api.PlanDiff;
import org.spotcheck.planning.api.PlanItemReason;
import org.spotcheck.planning.api.PlanKind;
import org.spotcheck.planning.api.PlanStatus;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Plans;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.PublicPlanView;
import org.spotcheck.planning.api.RedrawCommand;
import org.spotcheck.planning.api.RegisterKind;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.planning.api.RuleDraftCommand;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.planning.api.SpecialPlanCommand;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.planning.api.UploadedFile;
import org.spotcheck.planning.api.event.InspectorsRedrawn;
import org.spotcheck.planning.api.event.PlanSubmitted;
import org.spotcheck.planning.api.event.PlanWithdrawn;
import org.spotcheck.planning.internal.domain.RandomDraw;
import org.spotcheck.planning.internal.persistence.CheckedProductRow;
import org.spotcheck.planning.internal.persistence.ComplaintMapper;
import org.spotcheck.planning.internal.persistence.ComplaintRow;
import org.spotcheck.planning.internal.persistence.DrawMapper;
import org.spotcheck.planning.internal.persistence.DrawRow;
import org.spotcheck.planning.internal.persistence.LabConflictMapper;
import org.spotcheck.planning.internal.persistence.LabConflictRow;
import org.spotcheck.planning.internal.persistence.PlanEventRow;
import org.spotcheck.planning.internal.persistence.PlanItemRow;
import org.spotcheck.planning.internal.persistence.PlanMapper;
import org.spotcheck.planning.internal.persistence.PlanRow;
import org.spotcheck.planning.internal.persistence.RegisterMapper;
import org.spotcheck.planning.internal.persistence.RegisterRows.AuthorityRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.EnterpriseRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.InspectorRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.LabRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.ProductRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.RuleItemRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.RuleRow;
import org.spotcheck.planning.internal.persistence.SpotCheckTaskMapper;
import org.spotcheck.planning.internal.persistence.SpotCheckTaskRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.Decision;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.RegionCode;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.spotcheck.planning.internal.domain.Plan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link Plans}: a plan's content, its approval round, filing, issuing and closing. */
@Service
@Transactional
class PlanService extends PlanningSupport implements Plans {

    /** Plan events of the approval round that name who decided. */
    private static final Set<String> ROUND_STARTS = Set.of("SUBMITTED", "RESUBMITTED");

    private final PlanDrafting drafting;
    private final PlanDiffs diffs;
    private final PlanIssuing issuing;
    private final DrawService drawing;
    private final PlanningSettings settings;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    PlanService(PlanningMappers mappers, PlanDrafting drafting, PlanDiffs diffs, PlanIssuing issuing, DrawService drawing, PlanningSettings settings, Validator validator, ApplicationEventPublisher events) {
        super(mappers);
        this.drafting = drafting;
        this.diffs = diffs;
        this.issuing = issuing;
        this.drawing = drawing;
        this.settings = settings;
        this.validator = validator;
        this.events = events;
    }

    @Override
    public PlanView draftPlan(Actor actor, DraftPlanCommand command) {
        return view(drafting.insertDraft(actor, command, null, null));
    }

    @Override
    public PlanView updatePlan(Actor actor, long planId, DraftPlanCommand command) {
        require(actor, Role.PLANNER);
        Validation.check(validator, command);
        PlanRow plan = visiblePlan(actor, planId);
        onlyDrafter(actor, plan, "修改");
        plan(plan).checkEditable();
        if (!command.kind().name().equals(plan.kind)) {
            throw InvalidInputException.of("kind", "KIND_FIXED", "计划类型不能修改 / the kind of a plan cannot change");
        }
        List<PlanItemRow> items = drafting.checkItems(authorityOf(actor), command, plans.findItems(planId));
        if (plans.updateContent(planId, plan.rowVersion, command.title().strip(), command.planYear(),
                command.legalBasis().strip(), now()) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "计划已被他人修改 / the plan was changed by someone else; reload and try again");
        }
        plans.deleteItems(planId);
        drafting.insertItems(planId, items);
        event(planId, "EDITED", actor, null);
        return view(plans.findPlan(planId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanView> listPlans(Actor actor) {
        if (!actor.isAuthority()) {
            return List.of();
        }
        return plans.listByAuthority(actor.orgCode()).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public org.spotcheck.shared.Paged<PlanView> searchPlans(Actor actor, org.spotcheck.planning.api.PlanQuery q) {
        int size = q.size() == 50 ? 50 : 20;
        int page = Math.max(1, q.page());
        if (!actor.isAuthority()) {
            return new org.spotcheck.shared.Paged<>(List.of(), 0, page, size);
        }
        String status = blank(q.status()) ? null
                : java.util.Arrays.stream(PlanStatus.values()).map(Enum::name).filter(q.status().strip()::equals).findFirst().orElse(null);
        // a region is a code or its leading digits: anything else names no region
        String region = blank(q.region()) ? null : q.region().strip().matches("\\d{1,6}") ? q.region().strip() + "%" : "-";
        PlanMapper.SearchCriteria c = new PlanMapper.SearchCriteria(actor.orgCode(), like(q.code()), like(q.product()),
                blank(q.product()) ? null : q.product().strip(), region, status, q.year());
        long total = plans.countSearch(c);
        List<PlanView> rows = plans.search(c, size, org.spotcheck.shared.Paged.offset(page, size)).stream().map(this::view).toList();
        return new org.spotcheck.shared.Paged<>(rows, total, page, size);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A part to find: LIKE's wildcards in it are taken literally (backslash is the default escape of H2 and MariaDB). */
    private static String like(String text) {
        return blank(text) ? null : "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView getPlan(Actor actor, long planId) {
        return view(visiblePlan(actor, planId));
    }

    @Override
    public PlanView submitPlan(Actor actor, long planId, String comment) {
        PlanRow plan = visiblePlan(actor, planId);
        onlyDrafter(actor, plan, "提交");
        Plan state = plan(plan);
        state.submit();
        if (plan.amendsId != null && diffs.diff(plan).empty()) {
            throw new RuleViolationException(null, "NOTHING_CHANGED", "变更版本与原计划相同 / the amendment changes nothing");
        }
        boolean sectionReview = PlanKind.ANNUAL.name().equals(plan.kind);
        int levels = sectionReview ? settings.approvalLevels(authorityOf(plan.authorityCode).approvalLevels)
                : settings.specialApprovalLevels();
        plans.startRound(planId, sectionReview, levels);
        save(plan, state, null, null);
        event(planId, "SUBMITTED", actor, comment);
        events.publishEvent(new PlanSubmitted(planId, plan.code, plan.authorityCode, plan.draftedBy, false, sectionReview, levels));
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView resubmitPlan(Actor actor, long planId, String comment) {
        PlanRow plan = visiblePlan(actor, planId);
        onlyDrafter(actor, plan, "重新提交");
        Plan state = plan(plan);
        state.resubmit();
        // the process keeps the path it started with
        plans.startRound(planId, Boolean.TRUE.equals(plan.sectionReview), plan.approvalLevels);
        save(plan, state, null, null);
        event(planId, "RESUBMITTED", actor, comment);
        events.publishEvent(new PlanSubmitted(planId, plan.code, plan.authorityCode, plan.draftedBy, true,
                Boolean.TRUE.equals(plan.sectionReview), plan.approvalLevels));
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView withdrawPlan(Actor actor, long planId, String comment) {
        PlanRow plan = visiblePlan(actor, planId);
        onlyDrafter(actor, plan, "撤回");
        Plan state = plan(plan);
        state.withdraw();
        save(plan, state, null, null);
        event(planId, "WITHDRAWN", actor, comment);
        events.publishEvent(new PlanWithdrawn(planId, plan.code, plan.draftedBy));
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView reviewPlan(Actor actor, long planId, Decision decision, String comment) {
        require(actor, Role.PLAN_REVIEWER);
        PlanRow plan = visiblePlan(actor, planId);
        noSelfApproval(actor, plan);
        Plan state = plan(plan);
        state.review(decision);
        requireCommentOnReturn(decision, comment);
        save(plan, state, actor.username(), null);
        event(planId, decision == Decision.APPROVE ? "REVIEWED" : "RETURNED", actor, comment);
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView countersignPlan(Actor actor, long planId, Decision decision, String comment) {
        if (!actor.isAuthority()) {
            throw new AccessRefusedException("NOT_AUTHORITY", "会签人须为本局人员 / countersigners are staff of the authority");
        }
        PlanRow plan = visiblePlan(actor, planId);
        noSelfApproval(actor, plan);
        plan(plan).countersign();
        requireCommentOnReturn(decision, comment);
        event(planId, decision == Decision.APPROVE ? "COUNTERSIGN_AGREED" : "COUNTERSIGN_DISAGREED", actor, comment);
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView concludeCountersign(long planId, boolean passed, String summary) {
        PlanRow plan = visiblePlan(Actor.SYSTEM, planId);
        Plan state = plan(plan);
        state.concludeCountersign(passed);
        if (passed) {
            event(planId, "COUNTERSIGNED", Actor.SYSTEM, summary);
        } else {
            save(plan, state, null, null);
            event(planId, "COUNTERSIGN_FAILED", Actor.SYSTEM, summary);
        }
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView withdrawReview(Actor actor, long planId, String comment) {
        require(actor, Role.PLAN_REVIEWER);
        PlanRow plan = visiblePlan(actor, planId);
        Plan state = plan(plan);
        state.withdrawReview(actor.username());
        save(plan, state, null, null);
        event(planId, "REVIEW_WITHDRAWN", actor, comment);
        return view(plans.findPlan(planId));
    }

    @Override
    public PlanView approvePlan(Actor actor, long planId, Decision decision, String comment) {
        require(actor, Role.PLAN_APPROVER);
        PlanRow plan = visiblePlan(actor, planId);
        noSelfApproval(actor, plan);
        if (actor.username().equals(plan.reviewedBy)) {
            throw new AccessRefusedException("SEPARATION_OF_DUTIES", "审核人不能同时批准 / the reviewer may not also approve");
        }
        if (deciders(planId).contains(actor.username())) {
            throw new AccessRefusedException("SEPARATION_OF_DUTIES", "每一级批准须由不同的人 / each approval level needs a different person");
        }
        Plan state = plan(plan);
        int level = state.approve(decision);
        requireCommentOnReturn(decision, comment);
        if (decision == Decision.RETURN) {
            save(plan, state, null, null);
            event(planId, "RETURNED", actor, comment);
            return view(plans.findPlan(planId));
        }
        plans.setApprovalsDone(planId, level);
        if (!state.fullyApproved()) {
            save(plan, state, null, null);
            event(planId, "LEVEL_APPROVED", actor, levelComment(level, plan.approvalLevels, comment));
        } else {
            save(plan, state, null, actor.username());
            event(planId, "APPROVED", actor, plan.approvalLevels > 1 ? levelComment(level, plan.approvalLevels, comment) : comment);
        }
        return view(plans.findPlan(planId));
    }

    private static String levelComment(int level, int levels, String comment) {
        String prefix = "[" + level + "/" + levels + "]";
        return comment == null || comment.isBlank() ? prefix : prefix + " " + comment.strip();
    }

    /** Who reviewed or approved a level in the current round. */
    private Set<String> deciders(long planId) {
        List<PlanEventRow> all = plans.findEvents(planId);
        int start = 0;
        for (int i = 0; i < all.size(); i++) {
            if (ROUND_STARTS.contains(all.get(i).action)) {
                start = i;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (PlanEventRow e : all.subList(start, all.size())) {
            if (e.action.equals("REVIEWED") || e.action.equals("LEVEL_APPROVED")) {
                names.add(e.actor);
            }
        }
        return names;
    }

    @Override
    public PlanView fileWithSuperior(Actor actor, long planId) {
        PlanRow plan = plans.findPlan(planId);
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        Plan state = plan(plan);
        state.fileWithSuperior();
        AuthorityRow authority = authorityOf(plan.authorityCode);
        AuthorityRow superior = authority.parentCode == null ? null : registers.findAuthority(authority.parentCode);
        Instant now = now();
        plans.setFiled(planId, superior == null ? null : superior.code, now);
        save(plan, state, null, null);
        // domain.md stage A.1 (Order 18 art. 11 [U]; S8): the plan is filed with the authority one level up
        event(planId, "FILED_WITH_SUPERIOR", actor, superior == null
                ? "名录中无上级机关 / no superior authority in the register"
                : superior.code + " " + superior.name);
        return view(plans.findPlan(planId));
    }

    @Override
    public void closePlan(Actor actor, long planId) {
        PlanRow plan = plans.findPlan(planId);
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        Plan state = plan(plan);
        if (!state.close()) {
            event(planId, "SPOT_CHECKS_ENDED", actor, null); // a superseded version keeps its status
            return;
        }
        save(plan, state, null, null);
        event(planId, "CLOSED", actor, null);
    }

    @Override
    @Transactional(readOnly = true)
    public PlanDiff diffPlan(Actor actor, long planId) {
        return diffs.diff(visiblePlan(actor, planId));
    }

    @Override
    @Transactional(readOnly = true)
    public CandidatePool candidates(Actor actor, long planId, int itemSeq) {
        PlanRow plan = visiblePlan(actor, planId);
        PlanItemRow item = plans.findItems(planId).stream().filter(i -> i.seq == itemSeq).findFirst()
                .orElseThrow(() -> new NotFoundException("plan item", planId + "/" + itemSeq));
        LocalDate today = drawing.today();
        DrawService.EnterprisePool pool = drawing.enterprisePool(plan, item, today);
        return new CandidatePool(planId, itemSeq, today, pool.filters(), pool.exempt(),
                pool.eligible().stream().map(e -> new CandidatePool.Candidate(e.code, e.name, e.size)).toList(), pool.excluded());
    }

    @Override
    public List<String> issuePlan(Actor actor, long planId) {
        return issuing.issuePlan(actor, planId);
    }

    @Override
    public PlanView amendPlan(Actor actor, long planId, String comment) {
        return drafting.amendPlan(actor, planId, comment);
    }
}
