package org.spotcheck.sampling.api;

import java.util.List;
import org.spotcheck.shared.Actor;

/**
 * The numbered seal ranges (封条号段) an authority issues to its samplers (issue 19). The authority's planners
 * (计划编制人员, who organise the sampling) issue and withdraw them; each authority sees and changes only its own
 * ranges, another authority's range is answered as missing (404) and the refusal audited. A withdrawn range allows no
 * new seal; the seals used from it before stay valid on their records.
 */
public interface SealRangeApi {

    /** Every range of the caller's authority, issued and withdrawn, by series and first number. */
    List<IssuedSealRangeView> issuedSealRanges(Actor actor);

    IssuedSealRangeView issuedSealRange(Actor actor, long id);

    /**
     * Issues a range to a sampler of the caller's authority. Refused, naming the field and the rule: numbers that do
     * not fit the digits ({@code SEAL_NUMBER_TOO_LONG}), a first number after the last ({@code SEAL_RANGE_REVERSED}),
     * a range sharing a number with a range in force of the same series ({@code SEAL_RANGE_OVERLAPS}), a sampler who
     * is not one of the authority's ({@code SAMPLER_NOT_OF_AUTHORITY}).
     */
    IssuedSealRangeView issueSealRange(Actor actor, IssueSealRangeCommand command);

    /** Withdraws a range in force ({@code SEAL_RANGE_WITHDRAWN}, 409, when it already was). */
    IssuedSealRangeView withdrawSealRange(Actor actor, long id);
}
