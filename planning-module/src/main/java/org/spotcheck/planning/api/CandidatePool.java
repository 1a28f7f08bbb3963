package org.spotcheck.planning.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The enterprises a plan item's draw would choose from on {@code drawDate}, and those the filters
 * leave out with the reason (a preview of the draw; the draw itself applies the same filters).
 *
 * @param exempt true when the item is a follow-up or emergency check, so the duplicate rule does not apply
 */
public record CandidatePool(long planId, int itemSeq, LocalDate drawDate, String filters, boolean exempt,
        List<Candidate> candidates, List<Excluded> excluded) {

    /** An eligible enterprise. */
    public record Candidate(String enterpriseCode, String name, String size) {
    }

    /**
     * An enterprise of the register that matches product and region but is left out.
     *
     * @param rule          DUPLICATE_WITHIN_6_MONTHS
     * @param lastCheckedOn the check that blocks it
     * @param blockedUntil  the last day that check blocks a new one
     */
    public record Excluded(String enterpriseCode, String name, String rule, LocalDate lastCheckedOn,
            LocalDate blockedUntil) {
    }
}
