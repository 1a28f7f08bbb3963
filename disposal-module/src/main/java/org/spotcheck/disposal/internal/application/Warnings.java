package org.spotcheck.disposal.internal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.spotcheck.disposal.api.WarningRuleCommand;
import org.spotcheck.disposal.api.WarningRuleView;
import org.spotcheck.disposal.api.WarningView;
import org.spotcheck.disposal.api.event.QualityWarningRaised;
import org.spotcheck.disposal.internal.domain.BatchStatistics;
import org.spotcheck.disposal.internal.domain.WarningRules;
import org.spotcheck.disposal.internal.persistence.CaseItemRow;
import org.spotcheck.disposal.internal.persistence.DisposalCaseRow;
import org.spotcheck.disposal.internal.persistence.WarningMapper;
import org.spotcheck.disposal.internal.persistence.WarningRow;
import org.spotcheck.disposal.internal.persistence.WarningRuleRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.RegionCode;
import org.spotcheck.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Quality early warning (质量预警): rules per product, industry and region, evaluated whenever a
 * conclusion becomes final; a warning is published as {@link QualityWarningRaised} so that the
 * process gives planners a task to start a special plan.
 */
@Component
class Warnings {

    private final WarningMapper warnings;
    private final CaseStore store;
    private final ApplicationEventPublisher events;

    Warnings(WarningMapper warnings, CaseStore store, ApplicationEventPublisher events) {
        this.warnings = warnings;
        this.store = store;
        this.events = events;
    }

    WarningRuleView createRule(Actor actor, WarningRuleCommand c) {
        requireRuleAuthor(actor);
        WarningRuleRow row = new WarningRuleRow();
        row.authorityCode = actor.orgCode();
        apply(actor, c, row);
        row.active = true;
        row.createdBy = actor.username();
        row.createdAt = store.now();
        warnings.insertRule(row);
        return view(warnings.findRule(row.id));
    }

    WarningRuleView getRule(Actor actor, long ruleId) {
        return view(ownRule(actor, ruleId));
    }

    /** Replaces a rule's settings; the version read must still be current (409 otherwise). Warnings already raised keep their text. */
    WarningRuleView updateRule(Actor actor, long ruleId, WarningRuleCommand c) {
        requireRuleAuthor(actor);
        WarningRuleRow row = ownRule(actor, ruleId);
        if (c.version() == null) {
            throw InvalidInputException.of("version", "REQUIRED", "an edit needs the version that was read");
        }
        apply(actor, c, row);
        row.rowVersion = c.version();
        row.updatedBy = actor.username();
        row.updatedAt = store.now();
        if (warnings.updateRule(row) != 1) {
            throw new ConflictException("CONCURRENT_CHANGE", "the rule was changed by someone else: reload it");
        }
        return view(warnings.findRule(ruleId));
    }

    /** A deactivated rule never fires; the warnings it raised stay, with their tasks. */
    WarningRuleView setActive(Actor actor, long ruleId, boolean active) {
        requireRuleAuthor(actor);
        ownRule(actor, ruleId);
        if (warnings.setRuleActive(ruleId, active, !active, actor.username(), store.now()) != 1) {
            throw active ? new ConflictException("ALREADY_ACTIVE", "the rule is already active")
                    : new ConflictException("ALREADY_INACTIVE", "the rule is already inactive");
        }
        return view(warnings.findRule(ruleId));
    }

    private static void requireRuleAuthor(Actor actor) {
        if (!actor.isAuthority() || !(actor.has(Role.PLANNER) || actor.has(Role.OFFICER))) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role PLANNER or OFFICER required", "PLANNER, OFFICER");
        }
    }

    /** A rule of the caller's own authority (data scope), else 404. */
    private WarningRuleRow ownRule(Actor actor, long ruleId) {
        WarningRuleRow row = warnings.findRule(ruleId);
        if (row == null || !actor.isAuthority() || !actor.orgCode().equals(row.authorityCode)) {
            // out of scope answers like a missing rule, but is audited as a refusal (issue 13.4)
            throw row == null ? new NotFoundException("warning rule", ruleId) : new org.spotcheck.shared.OutOfScopeException("warning rule", ruleId);
        }
        return row;
    }

    /** Checks the settings against the kind of rule and the caller's jurisdiction, and copies them. */
    private void apply(Actor actor, WarningRuleCommand c, WarningRuleRow row) {
        WarningRules.Kind kind;
        try {
            kind = WarningRules.Kind.valueOf(c.kind());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "UNKNOWN_KIND", "unknown rule kind " + c.kind(), c.kind());
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (kind == WarningRules.Kind.PASS_RATE_BELOW && c.thresholdPct() == null) {
            violations.add(new FieldViolation("thresholdPct", "REQUIRED", "the threshold is required"));
        }
        if (kind == WarningRules.Kind.RATE_DROP && c.dropPoints() == null) {
            violations.add(new FieldViolation("dropPoints", "REQUIRED", "the drop in points is required"));
        }
        if (c.regionCode() != null && !c.regionCode().isBlank()
                && (!RegionCode.isValid(c.regionCode().strip()) || !RegionCode.contains(actor.regionCode(), c.regionCode().strip()))) {
            violations.add(new FieldViolation("regionCode", "OUTSIDE_JURISDICTION", "the region is outside your jurisdiction"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        row.name = c.name().strip();
        row.kind = kind.name();
        row.productCode = blank(c.productCode());
        row.industry = blank(c.industry());
        row.regionCode = blank(c.regionCode());
        // a threshold or drop only means something for its own kind; keep none for the others
        row.thresholdPct = kind == WarningRules.Kind.PASS_RATE_BELOW ? c.thresholdPct() : null;
        row.dropPoints = kind == WarningRules.Kind.RATE_DROP ? c.dropPoints() : null;
        row.minBatches = c.minBatches() == null ? 1 : c.minBatches();
        row.windowDays = c.windowDays() == null ? 365 : c.windowDays();
    }

    List<WarningRuleView> rules(Actor actor) {
        return actor.isAuthority() ? warnings.rulesOf(actor.orgCode()).stream().map(Warnings::view).toList() : List.of();
    }

    List<WarningView> list(Actor actor) {
        return actor.isAuthority() ? warnings.warningsOf(actor.orgCode()).stream().map(Warnings::view).toList() : List.of();
    }

    WarningView get(Actor actor, long warningId) {
        WarningRow row = warnings.findWarning(warningId);
        if (row == null || !(actor.isSystem() || actor.belongsTo(row.authorityCode))) {
            // out of scope answers like a missing warning, but is audited as a refusal (issue 13.4)
            throw row == null ? new NotFoundException("warning", warningId) : new org.spotcheck.shared.OutOfScopeException("warning", warningId);
        }
        return view(row);
    }

    /** A planner starts a special plan for the warning (linked by its code), or dismisses it with a reason. */
    WarningView handle(Actor actor, long warningId, String planCode, String comment) {
        if (!actor.has(Role.PLANNER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role PLANNER required", "PLANNER");
        }
        WarningRow row = warnings.findWarning(warningId);
        if (row == null || !actor.belongsTo(row.authorityCode)) {
            throw row == null ? new NotFoundException("warning", warningId) : new org.spotcheck.shared.OutOfScopeException("warning", warningId);
        }
        if (planCode == null && (comment == null || comment.isBlank())) {
            throw InvalidInputException.of("comment", "COMMENT_REQUIRED", "a dismissal needs a reason",
                    DisposalTexts.word("disposal.decision.dismissWarning"));
        }
        row.status = planCode != null ? "PLAN_STARTED" : "DISMISSED";
        row.planCode = planCode;
        row.handledBy = actor.username();
        row.handledAt = store.now();
        row.handlingComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (warnings.handle(row) != 1) {
            throw new ConflictException("ALREADY_HANDLED", "the warning was already handled");
        }
        return view(warnings.findWarning(warningId));
    }

    /** Evaluates every applicable rule now that this case's conclusion is final. */
    void evaluate(DisposalCaseRow c) {
        LocalDate today = store.today();
        for (WarningRuleRow rule : warnings.activeRules()) {
            if (!applies(rule, c) || warnings.countForCase(rule.id, c.id) > 0) {
                continue;
            }
            WarningRules.Kind kind = WarningRules.Kind.valueOf(rule.kind);
            boolean rateRule = kind == WarningRules.Kind.PASS_RATE_BELOW || kind == WarningRules.Kind.RATE_DROP;
            if (rateRule && warnings.countOpen(rule.id) > 0) {
                continue; // one open warning per rate rule until planners handle it
            }
            LocalDate windowStart = today.minusDays(rule.windowDays - 1L);
            WarningRules.Outcome outcome = switch (kind) {
                case PASS_RATE_BELOW -> WarningRules.passRateBelow(rule.thresholdPct, rule.minBatches, finals(rule, windowStart, today));
                case RATE_DROP -> WarningRules.rateDrop(rule.dropPoints, rule.minBatches, finals(rule, windowStart, today),
                        finals(rule, windowStart.minusDays(rule.windowDays), windowStart.minusDays(1)));
                case SAFETY_ITEM_FAILURE -> WarningRules.safetyItemFailure(batch(c));
                case REPEAT_FAILURE -> WarningRules.repeatFailure(batch(c), finals(rule, windowStart, today).stream()
                        .filter(b -> b.enterpriseCode().equals(c.enterpriseCode)).toList());
            };
            if (outcome.fires()) {
                raise(rule, c, outcome);
            }
        }
    }

    /**
     * The warning in Chinese (the record, as notifications and the API give it) and in English (message_en, V4_350);
     * the case's log line keeps both through its key, so that each page reads one language (LanguageSweepTest saw the
     * two joined, "……（窗口内共 48 批次） / 南京白云纸业有限公司 failed again (48 batches in the window)", on Chinese pages).
     */
    private void raise(WarningRuleRow rule, DisposalCaseRow c, WarningRules.Outcome outcome) {
        String zh = store.texts.zh(outcome.key(), outcome.args());
        String en = store.texts.en(outcome.key(), outcome.args());
        WarningRow row = new WarningRow();
        row.ruleId = rule.id;
        row.authorityCode = rule.authorityCode;
        row.kind = rule.kind;
        row.caseId = c.id;
        row.productCode = c.productCode;
        row.regionCode = c.regionCode;
        row.enterpriseCode = c.enterpriseCode;
        row.message = cut(rule.name + "：" + zh);
        row.messageEn = cut(rule.name + ": " + en);
        row.status = "OPEN";
        row.raisedAt = store.now();
        warnings.insertWarning(row);
        store.record(c.id, "QUALITY_WARNING", Actor.SYSTEM, org.spotcheck.shared.StoredMessage.of("disposal.warning.recorded", rule.name,
                org.spotcheck.shared.StoredMessage.Arg.zhEn(zh, en)));
        events.publishEvent(new QualityWarningRaised(row.id, row.authorityCode, row.productCode, row.message));
    }

    private static String cut(String message) {
        return message.length() > 1000 ? message.substring(0, 1000) : message; // dsp_warning.message VARCHAR(1000)
    }

    private static boolean applies(WarningRuleRow rule, DisposalCaseRow c) {
        boolean inScope = rule.authorityCode.equals(c.authorityCode)
                || rule.regionCode != null && c.regionCode != null && RegionCode.contains(rule.regionCode, c.regionCode);
        return inScope && (rule.productCode == null || rule.productCode.equals(c.productCode))
                && (rule.industry == null || rule.industry.equals(c.industry))
                && (rule.regionCode == null || c.regionCode != null && RegionCode.contains(rule.regionCode, c.regionCode));
    }

    /** Final batches concluded in [from, to] that the rule covers. */
    private List<BatchStatistics.Batch> finals(WarningRuleRow rule, LocalDate from, LocalDate to) {
        Instant start = CaseStore.startOf(from);
        Instant end = CaseStore.startOf(to.plusDays(1));
        Map<Long, List<CaseItemRow>> items = store.cases.itemsOfCasesConcludedBetween(start, end).stream()
                .collect(Collectors.groupingBy(i -> i.caseId));
        return store.cases.concludedBetween(start, end).stream().filter(c -> applies(rule, c))
                .map(c -> StatisticsCalculator.batch(c, items.getOrDefault(c.id, List.of()))).toList();
    }

    private BatchStatistics.Batch batch(DisposalCaseRow c) {
        return StatisticsCalculator.batch(c, store.cases.items(c.id));
    }

    private static WarningRuleView view(WarningRuleRow r) {
        return new WarningRuleView(r.id, r.authorityCode, r.name, r.kind, r.productCode, r.industry, r.regionCode,
                r.thresholdPct, r.minBatches, r.windowDays, r.dropPoints, Boolean.TRUE.equals(r.active), r.createdBy, r.createdAt,
                r.updatedBy, r.updatedAt, r.rowVersion == null ? 0 : r.rowVersion);
    }

    private static WarningView view(WarningRow w) {
        return new WarningView(w.id, w.ruleId, w.ruleName, w.authorityCode, w.kind, w.caseId, w.taskCode, w.productCode,
                w.regionCode, w.enterpriseCode, w.message, w.status, w.planCode, w.handledBy, w.handledAt, w.handlingComment,
                w.raisedAt, w.messageEn);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
