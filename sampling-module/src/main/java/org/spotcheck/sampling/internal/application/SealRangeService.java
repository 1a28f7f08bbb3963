package org.spotcheck.sampling.internal.application;

import java.util.Collection;
import java.util.List;
import org.spotcheck.sampling.api.SealRangeView;
import org.spotcheck.sampling.internal.domain.SealRanges;
import org.spotcheck.sampling.internal.persistence.SealRangeMapper;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.FieldViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Numbered seals issued to the samplers of an authority (issue 19) and the check of a form's seals. */
@Service
class SealRangeService {

    private final SealRangeMapper ranges;
    private final boolean required;

    SealRangeService(SealRangeMapper ranges, @Value("${spotcheck.sampling.seal-ranges-required:false}") boolean required) {
        this.ranges = ranges;
        this.required = required;
    }

    /** The ranges of the caller's authority: its samplers take them out, its planners issue them. */
    List<SealRangeView> sealRanges(Actor actor) {
        if (!actor.isAuthority()) {
            throw new AccessRefusedException("AUTHORITY_ONLY", "only an authority sees its seal ranges");
        }
        return ranges.ofAuthority(actor.orgCode()).stream().map(r -> {
            SealRanges.Range range = new SealRanges.Range(r.samplerUsername, r.prefix, r.firstNumber, r.lastNumber, r.digits);
            return new SealRangeView(r.id, r.samplerUsername, r.prefix, r.firstNumber, r.lastNumber, r.digits,
                    range.format(r.firstNumber), range.format(r.lastNumber));
        }).toList();
    }

    boolean required() {
        return required;
    }

    /** Adds SEAL_NOT_ISSUED for a seal number the samplers present were not issued. */
    void check(List<FieldViolation> violations, String field, String seal, String authorityCode, Collection<String> samplers) {
        if (seal == null || seal.isBlank()) {
            return;
        }
        if (!SealRanges.allowed(seal, domain(authorityCode), samplers, required)) {
            violations.add(new FieldViolation(field, "SEAL_NOT_ISSUED",
                    "seal " + seal.strip()
                            + " is not in a range issued to the samplers present",
                    List.of(seal.strip())));
        }
    }

    private List<SealRanges.Range> domain(String authorityCode) {
        return ranges.ofAuthority(authorityCode).stream()
                .map(r -> new SealRanges.Range(r.samplerUsername, r.prefix, r.firstNumber, r.lastNumber, r.digits)).toList();
    }
}
