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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link Draws}: who sees a draw and when (Order 18 art. 14), its verification, the public view, the re-test lab draw. */
@Service
@Transactional
class DrawsService extends PlanningSupport implements Draws {

    private final DrawService drawing;

    DrawsService(PlanningMappers mappers, DrawService drawing) {
        super(mappers);
        this.drawing = drawing;
    }

    /**
     * Whether a draw may be published (issue 12 point 2): every task made from it was sampled. A draw
     * without tasks of its own kind that is not an enterprise or inspector draw (a re-test lab draw,
     * made after sampling) is public at once. The one rule for the public API, the public page and
     * the draw's own door.
     */
    private boolean revealed(DrawRow draw) {
        if (!DrawService.ENTERPRISE.equals(draw.kind) && !DrawService.INSPECTOR.equals(draw.kind)) {
            return true;
        }
        return revealed(tasks.findByDraw(draw.id));
    }

    /**
     * The insiders of a draw (issue 12 point 2a): the planners, reviewers and approvers of the plan's
     * own authority. A planner of another authority sees only the commitment until it is revealed.
     */
    private boolean insider(Actor actor, DrawRow draw) {
        if (actor == null || !actor.isAuthority()
                || !(actor.has(Role.PLANNER) || actor.has(Role.PLAN_REVIEWER) || actor.has(Role.PLAN_APPROVER))) {
            return false;
        }
        PlanItemRow item = draw.planItemId == null ? null : plans.findItem(draw.planItemId);
        PlanRow plan = item == null ? null : plans.findPlan(item.planId);
        return plan != null && actor.belongsTo(plan.authorityCode);
    }

    @Override
    @Transactional(readOnly = true)
    public DrawView getDraw(Actor actor, long drawId) {
        DrawRow row = findDraw(drawId);
        boolean revealed = revealed(row);
        DrawView view = drawView(row, revealed);
        return revealed || insider(actor, row) ? view : view.sealed();
    }

    private DrawRow findDraw(long drawId) {
        DrawRow row = draws.find(drawId);
        if (row == null) {
            throw new NotFoundException("draw", drawId);
        }
        return row;
    }

    @Override
    @Transactional(readOnly = true)
    public DrawVerification verifyDraw(Actor actor, long drawId) {
        DrawRow row = findDraw(drawId);
        if (!revealed(row) && !insider(actor, row)) {
            throw new ConflictException("DRAW_NOT_REVEALED",
                    "published after sampling; verify it then against the commitment published now");
        }
        return drawing.verify(row);
    }

    private static DrawView drawView(DrawRow row, boolean revealed) {
        List<String> pool = codes(row.pool);
        return new DrawView(row.id, row.planItemId, row.kind, row.stratum, row.taskCode, row.algorithm, row.seed, row.filters,
                pool, row.poolHash, row.drawCount, codes(row.result), row.reason, row.replacesDrawId, row.drawnBy, row.drawnAt,
                row.commitment, pool.size(), revealed);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicPlanView> publicPlans() {
        Map<String, String> authorityNames = registers.authorities().stream().collect(Collectors.toMap(a -> a.code, a -> a.name));
        Map<String, String> enterpriseNames = registers.enterprises().stream().collect(Collectors.toMap(e -> e.code, e -> e.name));
        Map<String, ProductRow> products = registers.products().stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
        Map<String, LabRow> labs = registers.labs().stream().collect(Collectors.toMap(l -> l.code, Function.identity()));
        List<PublicPlanView> result = new ArrayList<>();
        for (PlanRow plan : plans.listPublic()) {
            List<PublicPlanView.Item> items = new ArrayList<>();
            for (PlanItemRow item : plans.findItems(plan.id)) {
                List<DrawRow> enterpriseDraws = draws.findByPlanItem(item.drawItemId()).stream()
                        .filter(d -> d.kind.equals(DrawService.ENTERPRISE)).toList();
                // Order 18 art. 14 (no advance notice): an enterprise is named once its case was sampled;
                // before that the public sees the commitment published at draw time
                List<String> drawn = new ArrayList<>();
                int hidden = 0;
                List<PublicPlanView.Draw> published = new ArrayList<>();
                for (DrawRow d : enterpriseDraws) {
                    List<SpotCheckTaskRow> made = tasks.findByDraw(d.id);
                    Set<String> sampled = made.stream().filter(PlanningSupport::sampled).map(t -> t.enterpriseCode)
                            .collect(Collectors.toSet());
                    for (String c : codes(d.result)) {
                        if (sampled.contains(c)) {
                            drawn.add(enterpriseNames.getOrDefault(c, c));
                        } else {
                            hidden++;
                        }
                    }
                    boolean open = revealed(made);
                    List<String> pool = codes(d.pool);
                    published.add(new PublicPlanView.Draw(d.id, d.commitment, open ? pool.size() : null, d.drawCount, d.drawnAt, open,
                            open ? d.seed : null, open ? pool : List.of(), open ? codes(d.result) : List.of()));
                }
                List<Long> ids = enterpriseDraws.stream().map(d -> d.id).toList();
                ProductRow product = products.get(item.productCode);
                LabRow lab = labs.get(item.labCode);
                items.add(new PublicPlanView.Item(product == null ? item.productCode : product.nameZh, item.regionCode,
                        lab == null ? item.labCode : lab.name, item.batches, drawn, ids.isEmpty() ? null : ids.get(0), ids, hidden,
                        published, item.productCode, item.labCode));
            }
            result.add(new PublicPlanView(plan.code, plan.title, plan.kind, plan.planYear, plan.versionNo,
                    authorityNames.getOrDefault(plan.authorityCode, plan.authorityCode), plan.status, items, plan.authorityCode));
        }
        return result;
    }

    @Override
    public DrawView drawRetestLab(Actor actor, String productCode, String excludedLabCode, String reason) {
        // PQL art. 19: the lab must be qualified for the product; R9: never the lab of the first test
        List<String> pool = registers.labs().stream()
                .filter(l -> codes(l.productCodes).contains(productCode) && !l.code.equals(excludedLabCode))
                .map(l -> l.code).toList();
        if (pool.isEmpty()) {
            throw new RuleViolationException(null, "NO_OTHER_QUALIFIED_LAB",
                    "no other lab is qualified for " + productCode, productCode);
        }
        List<String> canonical = RandomDraw.canonical(pool);
        DrawRow row = new DrawRow();
        row.planItemId = 0L; // not a plan item: a re-test of one case (the reason names it)
        row.kind = "RETEST_LAB";
        row.algorithm = RandomDraw.ALGORITHM;
        row.seed = RandomDraw.newSeed();
        row.filters = "product=" + productCode + ";excluded=" + excludedLabCode;
        row.pool = String.join(",", canonical);
        row.poolHash = RandomDraw.poolHash(canonical);
        row.drawCount = 1;
        row.result = String.join(",", RandomDraw.draw(row.seed, canonical, 1));
        row.reason = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
        row.drawnBy = actor.username();
        row.drawnAt = now();
        draws.insert(row);
        return getDraw(actor, row.id);
    }
}
