package org.spotcheck.sampling.internal.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.spotcheck.sampling.api.IssueSealRangeCommand;
import org.spotcheck.sampling.api.IssuedSealRangeView;
import org.spotcheck.sampling.api.SamplerDirectory;
import org.spotcheck.sampling.api.SamplerSeals;
import org.spotcheck.sampling.api.SealRangeApi;
import org.spotcheck.sampling.api.SealRangeView;
import org.spotcheck.sampling.internal.domain.SealRanges;
import org.spotcheck.sampling.internal.persistence.SealRangeMapper;
import org.spotcheck.sampling.internal.persistence.SealRangeMapper.SealRangeRow;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.OutOfScopeException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.Validation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbered seals (issue 19): the ranges an authority's planners issue to its samplers and withdraw, the check of a
 * form's seals against them, and the rule that a seal is used once.
 */
@Service
@Transactional
class SealRangeService implements SealRangeApi, SamplerSeals {

    private final SealRangeMapper ranges;
    private final SamplerDirectory samplerDirectory;
    private final jakarta.validation.Validator validator;
    private final boolean required;

    SealRangeService(SealRangeMapper ranges, SamplerDirectory samplerDirectory, jakarta.validation.Validator validator,
            @Value("${spotcheck.sampling.seal-ranges-required:false}") boolean required) {
        this.ranges = ranges;
        this.samplerDirectory = samplerDirectory;
        this.validator = validator;
        this.required = required;
    }

    /** The ranges in force of the caller's authority: its samplers take them out (the offline app's download). */
    @Override
    @Transactional(readOnly = true)
    public List<SealRangeView> sealRanges(Actor actor) {
        if (!actor.isAuthority()) {
            throw new AccessRefusedException("AUTHORITY_ONLY", "only an authority sees its seal ranges");
        }
        return ranges.ofAuthority(actor.orgCode()).stream().filter(r -> r.withdrawnAt == null).map(r -> {
            SealRanges.Range range = domain(r);
            return new SealRangeView(r.id, r.samplerUsername, r.prefix, r.firstNumber, r.lastNumber, r.digits,
                    range.format(r.firstNumber), range.format(r.lastNumber));
        }).toList();
    }

    @Override
    public boolean sealRangesRequired() {
        return required;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedSealRangeView> issuedSealRanges(Actor actor) {
        requirePlanner(actor);
        return ranges.ofAuthority(actor.orgCode()).stream().map(SealRangeService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public IssuedSealRangeView issuedSealRange(Actor actor, long id) {
        requirePlanner(actor);
        return view(own(actor, id));
    }

    @Override
    public IssuedSealRangeView issueSealRange(Actor actor, IssueSealRangeCommand command) {
        requirePlanner(actor);
        Validation.check(validator, command);
        String prefix = command.prefix().strip();
        int digits = command.digits();
        long first = command.firstNumber();
        long last = command.lastNumber();
        List<FieldViolation> violations = new ArrayList<>();
        long largest = SealRanges.largest(digits);
        if (first > largest) {
            violations.add(new FieldViolation("firstNumber", "SEAL_NUMBER_TOO_LONG",
                    "the number does not fit in " + digits + " digits", List.of(first, digits)));
        }
        if (last > largest) {
            violations.add(new FieldViolation("lastNumber", "SEAL_NUMBER_TOO_LONG",
                    "the number does not fit in " + digits + " digits", List.of(last, digits)));
        }
        if (first > last) {
            violations.add(new FieldViolation("lastNumber", "SEAL_RANGE_REVERSED",
                    "the last number comes before the first", List.of(first, last)));
        }
        Map<String, String> samplers = samplerDirectory.samplersOf(actor.orgCode());
        String sampler = command.samplerUsername().strip();
        if (!samplers.containsKey(sampler)) {
            violations.add(new FieldViolation("samplerUsername", "SAMPLER_NOT_OF_AUTHORITY",
                    "not a sampler of this authority", List.of(sampler)));
        }
        if (violations.isEmpty()) {
            lockIssue(actor.orgCode());
            // one series (the authority's prefix): no seal number may be in force twice
            for (SealRangeRow r : ranges.ofAuthority(actor.orgCode())) {
                if (r.withdrawnAt == null && domain(r).overlaps(prefix, first, last)) {
                    SealRanges.Range other = domain(r);
                    violations.add(new FieldViolation("firstNumber", "SEAL_RANGE_OVERLAPS",
                            "the range shares numbers with a range in force",
                            List.of(other.format(r.firstNumber), other.format(r.lastNumber), r.samplerUsername)));
                    break;
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        SealRangeRow row = new SealRangeRow();
        row.authorityCode = actor.orgCode();
        row.samplerUsername = sampler;
        row.prefix = prefix;
        row.digits = digits;
        row.firstNumber = first;
        row.lastNumber = last;
        row.issuedBy = actor.username();
        row.issuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ranges.insert(row);
        ranges.countIssue(actor.orgCode());
        return view(row);
    }

    /**
     * Serialises the issues of one authority (issue 19): the overlap check reads the ranges in force, then the range is
     * inserted, so two planners issuing at the same instant would both pass the check. The first takes the authority's
     * lock row until it commits; the second is refused at once with 409 SEAL_RANGE_BUSY (NOWAIT: no planner waits on
     * another's transaction), looks at the list again and issues what is still free.
     */
    private void lockIssue(String authorityCode) {
        try {
            // the row is created once per authority; an existing row is never touched by INSERT IGNORE, which would
            // wait for the holder's lock on MariaDB instead of failing at once
            if (ranges.lockIssue(authorityCode) == null) {
                ranges.ensureIssueLock(authorityCode);
                ranges.lockIssue(authorityCode);
            }
        } catch (ConcurrencyFailureException e) {
            throw new ConflictException("SEAL_RANGE_BUSY",
                    "another planner of the authority is issuing a seal range at this moment: look at the ranges again and issue");
        }
    }

    @Override
    public IssuedSealRangeView withdrawSealRange(Actor actor, long id) {
        requirePlanner(actor);
        own(actor, id);
        if (ranges.withdraw(id, actor.username(), Instant.now().truncatedTo(ChronoUnit.MILLIS)) == 0) {
            throw new ConflictException("SEAL_RANGE_WITHDRAWN", "the range was withdrawn already");
        }
        return view(ranges.find(id));
    }

    /** Adds SEAL_NOT_ISSUED for a seal number the samplers present were not issued (or whose range was withdrawn). */
    void check(List<FieldViolation> violations, String field, String seal, String authorityCode, Collection<String> samplers) {
        if (seal == null || seal.isBlank()) {
            return;
        }
        List<SealRanges.Range> all = ranges.ofAuthority(authorityCode).stream().map(SealRangeService::domain).toList();
        if (!SealRanges.allowed(seal, all, samplers, required)) {
            violations.add(new FieldViolation(field, "SEAL_NOT_ISSUED",
                    "seal " + seal.strip()
                            + " is not in a range issued to the samplers present",
                    List.of(seal.strip())));
        }
    }

    /**
     * A seal is used once (issue 19): a seal of the authority that is already on a sampling record is refused (422
     * SEAL_ALREADY_USED, naming the record). Sealing: each portion is sealed separately (Order 133 arts. 20-21,
     * carried into Order 18's sampling chapter; domain.md stage D), so one seal number closes one portion only.
     */
    void requireUnused(String authorityCode, String field, String seal) {
        String used = ranges.sampleUsingSeal(authorityCode, SealRanges.key(seal));
        if (used != null) {
            throw alreadyUsed(field, seal, used);
        }
    }

    /**
     * {@link #requireUnused(String, String, String)} for several seals at once ({@code sealsByField}: the form's field
     * and its seal, in the order the refusal names the first used one), with one statement (issue 14.2).
     */
    void requireUnused(String authorityCode, java.util.LinkedHashMap<String, String> sealsByField) {
        java.util.Map<String, String> usedBy = new java.util.HashMap<>();
        for (SealRangeMapper.SealUseRow use : ranges.samplesUsingSeals(authorityCode,
                sealsByField.values().stream().map(SealRanges::key).distinct().toList())) {
            usedBy.put(use.sealNumber, use.sampleCode);
        }
        sealsByField.forEach((field, seal) -> {
            String used = usedBy.get(SealRanges.key(seal));
            if (used != null) {
                throw alreadyUsed(field, seal, used);
            }
        });
    }

    /**
     * {@link #markUsed} for all seals of a record ({@code portionsByField}: field, seal and portion), with one multi-row
     * statement (issue 14.2). If any of them was used meanwhile the database refuses the statement and none is marked;
     * the refusal names the first one in use.
     */
    void markUsed(String authorityCode, long recordId, java.util.LinkedHashMap<String, String[]> sealAndPortionByField) {
        List<SealRangeMapper.SealUseRow> uses = sealAndPortionByField.values().stream()
                .map(sp -> new SealRangeMapper.SealUseRow(SealRanges.key(sp[0]), sp[1])).toList();
        try {
            ranges.insertUses(authorityCode, recordId, uses, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        } catch (DuplicateKeyException e) {
            java.util.LinkedHashMap<String, String> seals = new java.util.LinkedHashMap<>();
            sealAndPortionByField.forEach((field, sp) -> seals.put(field, sp[0]));
            requireUnused(authorityCode, seals);
            java.util.Map.Entry<String, String> first = seals.entrySet().iterator().next();
            throw alreadyUsed(first.getKey(), first.getValue(), "-");
        }
    }

    /**
     * Marks the record's seals as used. Two forms with the same seal saved at the same moment both pass
     * {@link #requireUnused}; the database's unique key refuses the second, which gets the same 422.
     */
    void markUsed(String authorityCode, long recordId, String field, String seal, String portion) {
        try {
            ranges.insertUse(authorityCode, SealRanges.key(seal), recordId, portion, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        } catch (DuplicateKeyException e) {
            String used = ranges.sampleUsingSeal(authorityCode, SealRanges.key(seal));
            throw alreadyUsed(field, seal, used == null ? "-" : used);
        }
    }

    private static RuleViolationException alreadyUsed(String field, String seal, String sampleCode) {
        return new RuleViolationException(field, "SEAL_ALREADY_USED",
                "seal " + seal.strip() + " is already on sampling record " + sampleCode + ": seal the portion with a new seal",
                seal.strip(), sampleCode);
    }

    private SealRangeRow own(Actor actor, long id) {
        // another authority's range: 404 like a missing one, audited as a refusal
        return OutOfScopeException.inScope(ranges.find(id), r -> actor.belongsTo(r.authorityCode), "seal range", id);
    }

    private static void requirePlanner(Actor actor) {
        if (!actor.isAuthority() || !actor.has(Role.PLANNER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role PLANNER required", Role.PLANNER.name());
        }
    }

    private static SealRanges.Range domain(SealRangeRow r) {
        return new SealRanges.Range(r.samplerUsername, r.prefix, r.firstNumber, r.lastNumber, r.digits, r.withdrawnAt != null);
    }

    private static IssuedSealRangeView view(SealRangeRow r) {
        SealRanges.Range range = domain(r);
        return new IssuedSealRangeView(r.id, r.samplerUsername, r.prefix, r.digits, r.firstNumber, r.lastNumber,
                range.format(r.firstNumber), range.format(r.lastNumber), r.issuedBy, r.issuedAt, r.withdrawnBy, r.withdrawnAt);
    }
}
