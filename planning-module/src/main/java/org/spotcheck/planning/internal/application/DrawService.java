package org.spotcheck.planning.internal.application;

import org.spotcheck.shared.tx.KeptRows;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spotcheck.planning.api.CandidatePool;
import org.spotcheck.planning.api.DrawVerification;
import org.spotcheck.planning.api.PlanItemReason;
import org.spotcheck.planning.internal.domain.DuplicateRule;
import org.spotcheck.planning.internal.domain.RandomDraw;
import org.spotcheck.planning.internal.domain.StratifiedAllocation;
import org.spotcheck.planning.internal.persistence.CheckedProductMapper;
import org.spotcheck.planning.internal.persistence.CheckedProductRow;
import org.spotcheck.planning.internal.persistence.DrawMapper;
import org.spotcheck.planning.internal.persistence.DrawRow;
import org.spotcheck.planning.internal.persistence.PlanItemRow;
import org.spotcheck.planning.internal.persistence.PlanRow;
import org.spotcheck.planning.internal.persistence.RegisterMapper;
import org.spotcheck.planning.internal.persistence.RegisterRows.EnterpriseRow;
import org.spotcheck.planning.internal.persistence.RegisterRows.InspectorRow;
import org.spotcheck.planning.internal.persistence.SpotCheckTaskMapper;
import org.spotcheck.planning.internal.persistence.SpotCheckTaskRow;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.RegionCode;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 双随机 draws (domain.md §4.3–4.4): enterprises from the inspection-object register filtered
 * by product and region, less those the Order 18 art. 8 duplicate rule protects, stratified by
 * size when the plan sets shares; then at least two inspectors per enterprise from the
 * authority's inspector register (those with a user account), less declared conflicts and the
 * team that checked the same enterprise last time. Every draw stores seed, algorithm, filters, the candidate pool and its
 * hash, so that anyone can recompute it.
 */
@Service
@Transactional
class DrawService {

    /** R1 (Order 133 art. 19; Order 18): at least two samplers on site. */
    static final int SAMPLERS_PER_ENTERPRISE = 2;

    static final String ENTERPRISE = "ENTERPRISE";
    static final String INSPECTOR = "INSPECTOR";
    static final List<String> SIZES = List.of("LARGE", "MEDIUM", "SMALL");

    private final RegisterMapper registers;
    private final DrawMapper draws;
    private final SpotCheckTaskMapper tasks;
    private final CheckedProductMapper checked;
    private final PlanningSettings settings;

    DrawService(RegisterMapper registers, DrawMapper draws, SpotCheckTaskMapper tasks, CheckedProductMapper checked,
            PlanningSettings settings) {
        this.registers = registers;
        this.draws = draws;
        this.tasks = tasks;
        this.checked = checked;
        this.settings = settings;
    }

    LocalDate today() {
        return settings.today();
    }

    // ---------------------------------------------------------------- enterprises

    /** The enterprises a draw for this item may choose from on {@code drawDate}, and those it leaves out. */
    record EnterprisePool(List<EnterpriseRow> eligible, List<CandidatePool.Excluded> excluded, boolean exempt, String filters) {
    }

    EnterprisePool enterprisePool(PlanRow plan, PlanItemRow item, LocalDate drawDate) {
        List<EnterpriseRow> matching = registers.enterprises().stream()
                .filter(e -> RegionCode.contains(item.regionCode, e.regionCode))
                .filter(e -> PlanningSupport.codes(e.productCodes).contains(item.productCode))
                .toList();
        boolean emergency = Boolean.TRUE.equals(item.emergency);
        boolean followUp = PlanItemReason.FOLLOW_UP.name().equals(item.reason);
        boolean exempt = emergency || followUp;
        List<EnterpriseRow> eligible = new ArrayList<>();
        List<CandidatePool.Excluded> excluded = new ArrayList<>();
        Map<String, CheckedProductRow> blocking = exempt ? Map.of() : blockingChecks(plan.authorityCode, item.productCode, drawDate);
        for (EnterpriseRow e : matching) {
            CheckedProductRow check = blocking.get(e.code);
            if (check == null) {
                eligible.add(e);
            } else {
                excluded.add(new CandidatePool.Excluded(e.code, e.name, "DUPLICATE_WITHIN_6_MONTHS", check.checkedOn,
                        DuplicateRule.lastProtectedDay(check.checkedOn)));
            }
        }
        StringBuilder filters = new StringBuilder()
                .append("register=pln_enterprise;product=").append(item.productCode)
                .append(";region=").append(item.regionCode)
                .append(";authority=").append(plan.authorityCode)
                .append(";drawDate=").append(drawDate);
        if (exempt) {
            filters.append(";duplicateRule=exempt(").append(emergency ? "EMERGENCY" : "FOLLOW_UP").append(")");
        } else {
            // R2 (Order 18 art. 8): same authority, same producer and product, within 6 months
            filters.append(";duplicateRule=O18-art8-6-months(producer+product)");
            if (!excluded.isEmpty()) {
                filters.append(";excluded=").append(String.join(",", excluded.stream()
                        .map(x -> x.enterpriseCode() + "@" + x.lastCheckedOn()).toList()));
            }
        }
        return new EnterprisePool(eligible, excluded, exempt, filters.toString());
    }

    /** Per enterprise, the newest check of this product by this authority that still blocks a draw on {@code drawDate}. */
    private Map<String, CheckedProductRow> blockingChecks(String authorityCode, String productCode, LocalDate drawDate) {
        Map<String, CheckedProductRow> blocking = new LinkedHashMap<>();
        // a margin of a few days before the 6 months; blocks() decides exactly
        for (CheckedProductRow row : checked.findSince(authorityCode, productCode, drawDate.minusMonths(DuplicateRule.MONTHS).minusDays(4))) {
            if (DuplicateRule.blocks(row.checkedOn, drawDate)) {
                blocking.putIfAbsent(row.enterpriseCode, row);
            }
        }
        return blocking;
    }

    /**
     * Draws the enterprises of a plan item: one draw, or one per size stratum when the item has
     * shares (largest-remainder allocation of the batches).
     *
     * @return the draws made, in the order LARGE, MEDIUM, SMALL for a stratified item
     */
    List<DrawRow> drawEnterprises(PlanRow plan, PlanItemRow item, Actor actor) {
        EnterprisePool pool = enterprisePool(plan, item, today());
        List<DrawRow> made = new ArrayList<>();
        if (item.shareLarge == null) {
            made.add(draw(item, ENTERPRISE, null, null, pool.filters(), codes(pool.eligible()), item.batches, null, null, actor,
                    pool.excluded().size()));
            return made;
        }
        Map<String, Integer> shares = new LinkedHashMap<>();
        shares.put("LARGE", item.shareLarge);
        shares.put("MEDIUM", item.shareMedium);
        shares.put("SMALL", item.shareSmall);
        Map<String, Integer> counts = StratifiedAllocation.allocate(item.batches, shares);
        for (String size : SIZES) {
            int count = counts.get(size);
            if (count == 0) {
                continue;
            }
            List<String> stratum = pool.eligible().stream().filter(e -> size.equals(e.size)).map(e -> e.code).toList();
            String filters = pool.filters() + ";size=" + size + ";shares=" + item.shareLarge + "/" + item.shareMedium + "/"
                    + item.shareSmall + ";allocation=largest-remainder";
            made.add(draw(item, ENTERPRISE, size, null, filters, stratum, count, null, null, actor, pool.excluded().size()));
        }
        return made;
    }

    // ---------------------------------------------------------------- inspectors

    /**
     * Draws the inspection team for one enterprise: inspectors of the plan's authority, less those
     * who declared a conflict with the enterprise (回避), less the team of the authority's previous
     * spot-check task of the same enterprise, less any named in {@code exclude}.
     *
     * @param beforeTaskId for a re-draw: the task being re-drawn, so that "last time" means the task before it
     */
    DrawRow drawInspectors(PlanRow plan, PlanItemRow item, String enterpriseCode, String taskCode, Long beforeTaskId,
            Collection<String> exclude, String reason, Long replaces, Actor actor) {
        // kept for samplerUsernames in the same issue (issue 14.2)
        List<InspectorRow> inspectors = KeptRows.get(InspectorRow.class, plan.authorityCode, registers::inspectorsOfAuthority);
        SpotCheckTaskRow last = tasks.lastForEnterprise(plan.authorityCode, enterpriseCode, beforeTaskId);
        Set<String> lastTeam = last == null ? Set.of() : new LinkedHashSet<>(PlanningSupport.codes(last.inspectorCodes));
        List<String> pool = inspectors.stream()
                // only inspectors with a user account can take the sampling step (ADR 0008)
                .filter(i -> i.username != null && !i.username.isBlank())
                .filter(i -> !PlanningSupport.codes(i.conflicts).contains(enterpriseCode))
                .filter(i -> !lastTeam.contains(i.code))
                .filter(i -> exclude == null || !exclude.contains(i.code))
                .map(i -> i.code).toList();
        StringBuilder filters = new StringBuilder("register=pln_inspector;authority=").append(plan.authorityCode)
                .append(";withUserAccount;excludeConflictsWith=").append(enterpriseCode);
        if (!lastTeam.isEmpty()) {
            filters.append(";excludeLastTeam=").append(String.join(",", lastTeam)).append("@").append(last.code);
        }
        if (exclude != null && !exclude.isEmpty()) {
            filters.append(";excludeNamed=").append(String.join(",", exclude));
        }
        return draw(item, INSPECTOR, null, taskCode, filters.toString(), pool, SAMPLERS_PER_ENTERPRISE, reason, replaces, actor, 0);
    }

    // ---------------------------------------------------------------- the draw record

    private DrawRow draw(PlanItemRow item, String kind, String stratum, String taskCode, String filters, List<String> pool,
            int count, String reason, Long replaces, Actor actor, int excludedByRule) {
        List<String> canonical = RandomDraw.canonical(pool);
        if (canonical.size() < count) {
            String what = INSPECTOR.equals(kind) ? "inspectors" : stratum == null ? "enterprises" : stratum.toLowerCase() + " enterprises";
            throw new RuleViolationException("items[" + (item.seq - 1) + "]", "POOL_TOO_SMALL",
                    String.format("not enough %s to draw from: need %d, have %d%s", what, count, canonical.size(),
                            excludedByRule > 0 ? " (" + excludedByRule + " left out by the 6-month duplicate rule)" : ""),
                    String.valueOf(count), String.valueOf(canonical.size()), excludedByRule, what, String.valueOf(excludedByRule));
        }
        DrawRow row = new DrawRow();
        row.planItemId = item.drawItemId();
        row.kind = kind;
        row.stratum = stratum;
        row.taskCode = taskCode;
        row.algorithm = RandomDraw.ALGORITHM;
        row.seed = RandomDraw.newSeed();
        row.filters = filters.length() > 1000 ? filters.substring(0, 997) + "..." : filters;
        row.pool = String.join(",", canonical);
        row.poolHash = RandomDraw.poolHash(canonical);
        row.drawCount = count;
        row.result = String.join(",", RandomDraw.draw(row.seed, canonical, count));
        row.commitment = RandomDraw.commitment(row.algorithm, row.poolHash, row.filters, row.seed, count, codes(row.result));
        row.reason = reason;
        row.replacesDrawId = replaces;
        row.drawnBy = actor.username();
        row.drawnAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        draws.insert(row);
        return row;
    }

    /** Recomputes a stored draw: the pool must still hash to the stored hash, and seed + pool must give the stored result. */
    DrawVerification verify(DrawRow draw) {
        List<String> pool = PlanningSupport.codes(draw.pool);
        List<String> stored = PlanningSupport.codes(draw.result);
        String recomputedHash = RandomDraw.poolHash(RandomDraw.canonical(pool));
        boolean hashMatches = recomputedHash.equals(draw.poolHash);
        List<String> recomputed;
        try {
            recomputed = RandomDraw.ALGORITHM.equals(draw.algorithm) ? RandomDraw.draw(draw.seed, pool, draw.drawCount) : List.of();
        } catch (IllegalArgumentException e) {
            recomputed = List.of();
        }
        boolean resultMatches = recomputed.equals(stored);
        // the commitment published at draw time must be what seed, pool and result give now
        String recomputedCommitment = draw.commitment == null ? null
                : RandomDraw.commitment(draw.algorithm, recomputedHash, draw.filters, draw.seed, draw.drawCount, recomputed);
        boolean commitmentMatches = draw.commitment == null || draw.commitment.equals(recomputedCommitment);
        return new DrawVerification(draw.id, draw.algorithm, draw.seed, draw.poolHash, recomputedHash, hashMatches, stored,
                recomputed, resultMatches, draw.commitment, recomputedCommitment, commitmentMatches,
                hashMatches && resultMatches && commitmentMatches);
    }

    // ---------------------------------------------------------------- checked products

    /** Records a sampled product once per spot-check task; later draws read it for the duplicate rule. */
    boolean recordChecked(CheckedProductRow row) {
        if (checked.countForTask(row.taskCode) > 0) {
            return false;
        }
        row.recordedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        checked.insert(row);
        return true;
    }

    private static List<String> codes(String joined) {
        return PlanningSupport.codes(joined);
    }

    private static List<String> codes(List<EnterpriseRow> enterprises) {
        return enterprises.stream().map(e -> e.code).toList();
    }
}
