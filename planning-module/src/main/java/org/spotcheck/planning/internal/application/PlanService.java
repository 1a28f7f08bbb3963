package org.spotcheck.planning.internal.application;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.spotcheck.planning.api.CandidatePool;
import org.spotcheck.planning.api.DraftPlanCommand;
import org.spotcheck.planning.api.PlanDiff;
import org.spotcheck.planning.api.PlanStatus;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Plans;
import org.spotcheck.planning.internal.persistence.PlanItemRow;
import org.spotcheck.planning.internal.persistence.PlanMapper;
import org.spotcheck.planning.internal.persistence.PlanRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.AuthorityRow;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.Decision;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.spotcheck.planning.internal.domain.Plan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link Plans}: a plan's content, filing, issuing and closing; its approval round is
 * {@link PlanApproval}'s.
 */
@Service
@Transactional
class PlanService extends PlanningSupport implements Plans {

    private final PlanDrafting drafting;
    private final PlanApproval approval;
    private final PlanDiffs diffs;
    private final PlanIssuing issuing;
    private final DrawService drawing;

    PlanService(PlanningMappers mappers, PlanDrafting drafting, PlanApproval approval, PlanDiffs diffs, PlanIssuing issuing,
            DrawService drawing, Validator validator) {
        super(mappers, validator);
        this.drafting = drafting;
        this.approval = approval;
        this.diffs = diffs;
        this.issuing = issuing;
        this.drawing = drawing;
    }

    @Override
    public PlanView draftPlan(Actor actor, DraftPlanCommand command) {
        return view(drafting.insertDraft(actor, command, null, null));
    }

    @Override
    public PlanView updatePlan(Actor actor, long planId, DraftPlanCommand command) {
        require(actor, Role.PLANNER);
        check(command);
        PlanRow plan = visiblePlan(actor, planId);
        onlyDrafter(actor, plan, DrafterMove.EDIT);
        plan(plan).checkEditable();
        if (!command.kind().name().equals(plan.kind)) {
            throw InvalidInputException.of("kind", "KIND_FIXED", "the kind of a plan cannot change");
        }
        List<PlanItemRow> items = drafting.checkItems(authorityOf(actor), command, plans.findItems(planId));
        KeptRows.forget(PlanRow.class, planId);
        if (plans.updateContent(planId, plan.rowVersion, command.title().strip(), command.planYear(),
                command.legalBasis().strip(), now()) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "the plan was changed by someone else; reload and try again");
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

    @Override
    @Transactional(readOnly = true)
    public List<String> planRegions(Actor actor) {
        return actor.isAuthority() ? plans.regions(actor.orgCode()) : List.of();
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
        return approval.submitPlan(actor, planId, comment);
    }

    @Override
    public PlanView resubmitPlan(Actor actor, long planId, String comment) {
        return approval.resubmitPlan(actor, planId, comment);
    }

    @Override
    public PlanView withdrawPlan(Actor actor, long planId, String comment) {
        return approval.withdrawPlan(actor, planId, comment);
    }

    @Override
    public void reviewPlan(Actor actor, long planId, Decision decision, String comment) {
        approval.reviewPlan(actor, planId, decision, comment);
    }

    @Override
    public void countersignPlan(Actor actor, long planId, Decision decision, String comment) {
        approval.countersignPlan(actor, planId, decision, comment);
    }

    @Override
    public void concludeCountersign(long planId, boolean passed, String summary) {
        approval.concludeCountersign(planId, passed, summary);
    }

    @Override
    public void withdrawReview(Actor actor, long planId, String comment) {
        approval.withdrawReview(actor, planId, comment);
    }

    @Override
    public void approvePlan(Actor actor, long planId, Decision decision, String comment) {
        approval.approvePlan(actor, planId, decision, comment);
    }

    @Override
    public void fileWithSuperior(Actor actor, long planId) {
        PlanRow plan = KeptRows.get(PlanRow.class, planId, plans::findPlan); // read by the approval in this completion
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        Plan state = plan(plan);
        state.fileWithSuperior();
        AuthorityRow authority = authorityOf(plan.authorityCode);
        AuthorityRow superior = authority.parentCode == null ? null : registers.findAuthority(authority.parentCode);
        Instant now = now();
        plans.setFiled(planId, superior == null ? null : superior.code, now);
        plan.filedWith = superior == null ? null : superior.code;
        plan.filedAt = now;
        save(plan, state, null, null);
        // domain.md stage A.1 (Order 18 art. 11 [U]; S8): the plan is filed with the authority one level up
        event(planId, "FILED_WITH_SUPERIOR", actor, superior == null
                ? "名录中无上级机关 / no superior authority in the register"
                : superior.code + " " + superior.name);
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
