package org.spotcheck.planning.internal.application;

import org.spotcheck.shared.tx.KeptRows;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.spotcheck.planning.api.PlanApprovals;
import org.spotcheck.planning.api.PlanKind;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.event.PlanSubmitted;
import org.spotcheck.planning.api.event.PlanWithdrawn;
import org.spotcheck.planning.internal.domain.Plan;
import org.spotcheck.planning.internal.persistence.PlanEventRow;
import org.spotcheck.planning.internal.persistence.PlanRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Decision;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link PlanApprovals}, a plan's approval round: the drafter submits, resubmits or withdraws it; the
 * section reviewer, countersigners and the director levels decide on it.
 */
@Component
@Transactional
class PlanApproval extends PlanningSupport implements PlanApprovals {

    /** Plan events of the approval round that name who decided. */
    private static final Set<String> ROUND_STARTS = Set.of("SUBMITTED", "RESUBMITTED");

    private final PlanDiffs diffs;
    private final PlanningSettings settings;
    private final ApplicationEventPublisher events;

    PlanApproval(PlanningMappers mappers, PlanDiffs diffs, PlanningSettings settings, ApplicationEventPublisher events) {
        super(mappers);
        this.diffs = diffs;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public PlanView submitPlan(Actor actor, long planId, String comment) {
        return byDrafter(actor, planId, comment, DrafterMove.SUBMIT, (plan, state) -> {
            state.submit();
            if (plan.amendsId != null && diffs.diff(plan).empty()) {
                throw new RuleViolationException(null, "NOTHING_CHANGED", "the amendment changes nothing");
            }
            boolean sectionReview = PlanKind.ANNUAL.name().equals(plan.kind);
            int levels = sectionReview ? settings.approvalLevels(authorityOf(plan.authorityCode).approvalLevels)
                    : settings.specialApprovalLevels();
            plans.startRound(planId, sectionReview, levels);
            KeptRows.forget(PlanRow.class, planId);
            return new PlanSubmitted(planId, plan.code, plan.authorityCode, plan.draftedBy, false, sectionReview, levels);
        });
    }

    @Override
    public PlanView resubmitPlan(Actor actor, long planId, String comment) {
        return byDrafter(actor, planId, comment, DrafterMove.RESUBMIT, (plan, state) -> {
            state.resubmit();
            // the process keeps the path it started with
            plans.startRound(planId, Boolean.TRUE.equals(plan.sectionReview), plan.approvalLevels);
            KeptRows.forget(PlanRow.class, planId);
            return new PlanSubmitted(planId, plan.code, plan.authorityCode, plan.draftedBy, true,
                    Boolean.TRUE.equals(plan.sectionReview), plan.approvalLevels);
        });
    }

    /**
     * Unlike submit and resubmit, the module event goes out before the plan's row is changed: its listener holds the
     * approval's open task first (ADR 0004's one lock order), as the reviewer's completion does before it changes this
     * row; the other way round, each of the two waited for the other's row (a deadlock on ACT_RU_TASK).
     */
    @Override
    public PlanView withdrawPlan(Actor actor, long planId, String comment) {
        PlanRow plan = visiblePlan(actor, planId);
        onlyDrafter(actor, plan, DrafterMove.WITHDRAW);
        Plan state = plan(plan);
        state.withdraw();
        events.publishEvent(new PlanWithdrawn(planId, plan.code, plan.draftedBy));
        save(plan, state, null, null);
        event(planId, DrafterMove.WITHDRAW.event, actor, comment);
        return view(plans.findPlan(planId));
    }

    /**
     * Submit and resubmit share one shape: only the drafter moves the plan, the aggregate
     * takes the step, the new status is saved with its event, and the module event is published.
     */
    private PlanView byDrafter(Actor actor, long planId, String comment, DrafterMove move,
            BiFunction<PlanRow, Plan, Object> step) {
        PlanRow plan = visiblePlan(actor, planId);
        onlyDrafter(actor, plan, move);
        Plan state = plan(plan);
        Object moduleEvent = step.apply(plan, state);
        save(plan, state, null, null);
        event(planId, move.event, actor, comment);
        events.publishEvent(moduleEvent);
        return view(plans.findPlan(planId));
    }

    @Override
    public void reviewPlan(Actor actor, long planId, Decision decision, String comment) {
        require(actor, Role.PLAN_REVIEWER);
        PlanRow plan = visiblePlan(actor, planId);
        noSelfApproval(actor, plan);
        Plan state = plan(plan);
        state.review(decision);
        requireCommentOnReturn(decision, comment);
        save(plan, state, actor.username(), null);
        event(planId, decision == Decision.APPROVE ? "REVIEWED" : "RETURNED", actor, comment);
    }

    @Override
    public void countersignPlan(Actor actor, long planId, Decision decision, String comment) {
        if (!actor.isAuthority()) {
            throw new AccessRefusedException("NOT_AUTHORITY", "countersigners are staff of the authority");
        }
        PlanRow plan = visiblePlan(actor, planId);
        noSelfApproval(actor, plan);
        plan(plan).countersign();
        requireCommentOnReturn(decision, comment);
        event(planId, decision == Decision.APPROVE ? "COUNTERSIGN_AGREED" : "COUNTERSIGN_DISAGREED", actor, comment);
    }

    @Override
    public void concludeCountersign(long planId, boolean passed, String summary, org.spotcheck.shared.StoredMessage message) {
        PlanRow plan = visiblePlan(Actor.SYSTEM, planId);
        Plan state = plan(plan);
        state.concludeCountersign(passed);
        if (passed) {
            event(planId, "COUNTERSIGNED", Actor.SYSTEM, summary, message);
        } else {
            save(plan, state, null, null);
            event(planId, "COUNTERSIGN_FAILED", Actor.SYSTEM, summary, message);
        }
    }

    @Override
    public void withdrawReview(Actor actor, long planId, String comment) {
        require(actor, Role.PLAN_REVIEWER);
        PlanRow plan = visiblePlan(actor, planId);
        Plan state = plan(plan);
        state.withdrawReview(actor.username());
        save(plan, state, null, null);
        event(planId, "REVIEW_WITHDRAWN", actor, comment);
    }

    @Override
    public void approvePlan(Actor actor, long planId, Decision decision, String comment) {
        require(actor, Role.PLAN_APPROVER);
        PlanRow plan = visiblePlan(actor, planId);
        // the filing, the issue and the spot-check's start in the same completion take this row (issue 14.2)
        KeptRows.keep(PlanRow.class, planId, plan);
        noSelfApproval(actor, plan);
        if (actor.username().equals(plan.reviewedBy)) {
            throw new AccessRefusedException("SEPARATION_OF_DUTIES", "the reviewer may not also approve");
        }
        if (deciders(planId).contains(actor.username())) {
            throw new AccessRefusedException("SEPARATION_OF_DUTIES", "each approval level needs a different person");
        }
        Plan state = plan(plan);
        int level = state.approve(decision);
        requireCommentOnReturn(decision, comment);
        if (decision == Decision.RETURN) {
            save(plan, state, null, null);
            event(planId, "RETURNED", actor, comment);
            return;
        }
        plans.setApprovalsDone(planId, level);
        plan.approvalsDone = level;
        if (!state.fullyApproved()) {
            save(plan, state, null, null);
            event(planId, "LEVEL_APPROVED", actor, levelComment(level, plan.approvalLevels, comment));
        } else {
            save(plan, state, null, actor.username());
            event(planId, "APPROVED", actor, plan.approvalLevels > 1 ? levelComment(level, plan.approvalLevels, comment) : comment);
        }
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
}
