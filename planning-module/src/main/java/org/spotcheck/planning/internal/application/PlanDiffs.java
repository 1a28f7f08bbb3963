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

/** What a plan version changes against the version it amends. */
@Component
class PlanDiffs extends PlanningSupport {



    PlanDiffs(PlanningMappers mappers) {
        super(mappers);

    }

    PlanDiff diff(PlanRow plan) {
        PlanRow previous = plan.amendsId == null ? null : plans.findPlan(plan.amendsId);
        if (previous == null) {
            return new PlanDiff(plan.id, plan.code, plan.versionNo, null, null, List.of(), List.of(), Map.of());
        }
        List<PlanDiff.FieldChange> fields = new ArrayList<>();
        change(fields, "title", previous.title, plan.title);
        change(fields, "planYear", previous.planYear, plan.planYear);
        change(fields, "legalBasis", previous.legalBasis, plan.legalBasis);
        Map<Integer, PlanItemRow> before = plans.findItems(previous.id).stream().collect(Collectors.toMap(i -> i.seq, Function.identity()));
        Map<Integer, PlanItemRow> after = plans.findItems(plan.id).stream().collect(Collectors.toMap(i -> i.seq, Function.identity()));
        List<PlanDiff.ItemChange> items = new ArrayList<>();
        for (PlanItemRow a : after.values()) {
            PlanItemRow b = before.get(a.seq);
            if (b == null || a.originItemId == null) {
                items.add(new PlanDiff.ItemChange(a.seq, a.productCode, "ADDED", itemFields(null, a)));
            } else {
                List<PlanDiff.FieldChange> changed = itemFields(b, a);
                if (!changed.isEmpty()) {
                    items.add(new PlanDiff.ItemChange(a.seq, a.productCode, "CHANGED", changed));
                }
            }
        }
        for (PlanItemRow b : before.values()) {
            PlanItemRow a = after.get(b.seq);
            if (a == null || a.originItemId == null) {
                items.add(new PlanDiff.ItemChange(b.seq, b.productCode, "REMOVED", itemFields(b, null)));
            }
        }
        items.sort(java.util.Comparator.comparingInt(PlanDiff.ItemChange::seq).thenComparing(PlanDiff.ItemChange::change));
        Map<String, String> productNames = new java.util.TreeMap<>();
        registers.products().forEach(p -> productNames.put(p.code, p.nameZh));
        Set<String> mentioned = new HashSet<>();
        items.forEach(i -> {
            mentioned.add(i.productCode());
            i.fields().stream().filter(f -> "productCode".equals(f.field())).forEach(f -> {
                mentioned.add(f.before());
                mentioned.add(f.after());
            });
        });
        productNames.keySet().retainAll(mentioned);
        return new PlanDiff(plan.id, plan.code, plan.versionNo, previous.id, previous.code, fields, items, productNames);
    }

    static List<PlanDiff.FieldChange> itemFields(PlanItemRow b, PlanItemRow a) {
        List<PlanDiff.FieldChange> out = new ArrayList<>();
        change(out, "productCode", b == null ? null : b.productCode, a == null ? null : a.productCode);
        change(out, "regionCode", b == null ? null : b.regionCode, a == null ? null : a.regionCode);
        change(out, "labCode", b == null ? null : b.labCode, a == null ? null : a.labCode);
        change(out, "batches", b == null ? null : b.batches, a == null ? null : a.batches);
        change(out, "quarter", b == null ? null : b.quarter, a == null ? null : a.quarter);
        change(out, "budget", b == null ? null : b.budget.stripTrailingZeros().toPlainString(),
                a == null ? null : a.budget.stripTrailingZeros().toPlainString());
        change(out, "reason", b == null ? null : b.reason, a == null ? null : a.reason);
        change(out, "legalBasis", b == null ? null : b.legalBasis, a == null ? null : a.legalBasis);
        change(out, "shares", b == null ? null : shares(b), a == null ? null : shares(a));
        change(out, "emergency", b == null ? null : Boolean.TRUE.equals(b.emergency), a == null ? null : Boolean.TRUE.equals(a.emergency));
        return out;
    }

    static String shares(PlanItemRow i) {
        return i.shareLarge == null ? "" : i.shareLarge + "/" + i.shareMedium + "/" + i.shareSmall;
    }

    static void change(List<PlanDiff.FieldChange> out, String field, Object before, Object after) {
        String b = before == null ? null : before.toString();
        String a = after == null ? null : after.toString();
        if (!Objects.equals(b, a) && !(isBlank(b) && isBlank(a))) {
            out.add(new PlanDiff.FieldChange(field, b, a));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }
}
