package org.spotcheck.planning.internal.application;

import org.spotcheck.shared.tx.KeptRows;
import static org.spotcheck.shared.SearchTerms.blank;
import static org.spotcheck.shared.SearchTerms.exact;
import static org.spotcheck.shared.SearchTerms.like;
import static org.spotcheck.shared.SearchTerms.regionPrefix;

import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.spotcheck.planning.api.CandidatePool;
import org.spotcheck.planning.api.DraftPlanCommand;
import org.spotcheck.planning.api.PlanDiff;
import org.spotcheck.planning.api.PlanStatus;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.PlanContents;
import org.spotcheck.planning.internal.persistence.PlanItemRow;
import org.spotcheck.planning.internal.persistence.PlanMapper;
import org.spotcheck.planning.internal.persistence.PlanRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.AuthorityRow;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Paged;
import org.spotcheck.shared.Role;
import org.spotcheck.planning.internal.domain.Plan;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link PlanContents}: a plan's content, filing, issuing and closing; its approval round is
 * {@link PlanApproval}'s, and the two together are the module's {@link org.spotcheck.planning.api.Plans} (PlanFacade).
 */
@Service
@Transactional
class PlanService extends PlanningSupport implements PlanContents {

    private final PlanDrafting drafting;
    private final PlanDiffs diffs;
    private final PlanIssuing issuing;
    private final DrawService drawing;
    private final MessageSource messages;

    PlanService(PlanningMappers mappers, PlanDrafting drafting, PlanDiffs diffs, PlanIssuing issuing, DrawService drawing,
            Validator validator, MessageSource messages) {
        super(mappers, validator);
        this.drafting = drafting;
        this.diffs = diffs;
        this.issuing = issuing;
        this.drawing = drawing;
        this.messages = messages;
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
    public Paged<PlanView> searchPlans(Actor actor, org.spotcheck.planning.api.PlanQuery q) {
        if (!actor.isAuthority()) {
            return Paged.none(q.page(), q.size());
        }
        String status = blank(q.status()) ? null
                : java.util.Arrays.stream(PlanStatus.values()).map(Enum::name).filter(q.status().strip()::equals).findFirst().orElse(null);
        PlanMapper.SearchCriteria c = new PlanMapper.SearchCriteria(actor.orgCode(), like(q.code()), like(q.product()),
                exact(q.product()), regionPrefix(q.region()), status, q.year());
        return Paged.read(q.page(), q.size(), () -> plans.countSearch(c),
                (size, offset) -> plans.search(c, size, offset).stream().map(this::view).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> planRegions(Actor actor) {
        return actor.isAuthority() ? plans.regions(actor.orgCode()) : List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView getPlan(Actor actor, long planId) {
        return view(visiblePlan(actor, planId));
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
        // the comment is stored and read in either language: both texts of the bundles, the page shows the reader's half
        event(planId, "FILED_WITH_SUPERIOR", actor, superior == null
                ? messages.getMessage("planning.event.noSuperior", null, Locale.SIMPLIFIED_CHINESE) + " / "
                        + messages.getMessage("planning.event.noSuperior", null, Locale.ENGLISH)
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
