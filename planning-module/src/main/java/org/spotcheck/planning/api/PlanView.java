package org.spotcheck.planning.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A plan version with its items and its history.
 *
 * @param versionNo      1 for the first version; an amendment is version n + 1
 * @param amendsId       the version this one amends, or null
 * @param sectionReview  whether the approval path starts with the section review (annual plans)
 * @param approvalLevels number of director approval levels of this plan's path
 * @param approvalsDone  director levels approved in the current round
 * @param filedWith      code of the superior authority the approved plan was filed with (备案)
 * @param sourceType     COMPLAINT or QUALITY_WARNING for a special plan started from one, else null
 * @param sourceRef      id of that complaint or warning
 */
public record PlanView(
        long id,
        String code,
        String title,
        PlanKind kind,
        int planYear,
        String authorityCode,
        String regionCode,
        String legalBasis,
        PlanStatus status,
        String draftedBy,
        String reviewedBy,
        String approvedBy,
        Instant createdAt,
        Instant updatedAt,
        int versionNo,
        Long amendsId,
        boolean sectionReview,
        int approvalLevels,
        int approvalsDone,
        String filedWith,
        Instant filedAt,
        String sourceType,
        String sourceRef,
        List<Item> items,
        List<Event> events) {

    /**
     * One plan item.
     *
     * @param originItemId the item of an earlier version whose draws and spot-check tasks this item
     *                     carries; null for an item that is new in this version
     * @param issued       whether enterprises were already drawn for it (its draw conditions are then fixed)
     * @param legalBasis   the item's own legal basis, or null when the plan's applies
     * @param caseNumbers  the numbers of the spot-check cases drawn for this item (the business key of their tasks,
     *                     the path of {@code /api/spot-check-tasks/{code}} and {@code /api/cases/{number}}), in the
     *                     order drawn; empty until the plan is issued. A client reads a case number here and never
     *                     builds one (issue 18)
     */
    public record Item(long id, int seq, String productCode, String productName, long ruleId, String regionCode,
            String labCode, String labName, int batches, int quarter, BigDecimal budget, PlanItemReason reason,
            Integer shareLarge, Integer shareMedium, Integer shareSmall, boolean emergency, Long originItemId,
            boolean issued, String legalBasis, List<String> caseNumbers) {

        /** Exempt from the 6-month duplicate rule (R3): a follow-up or an emergency check. */
        public boolean exempt() {
            return emergency || reason == PlanItemReason.FOLLOW_UP;
        }
    }

    /**
     * One step in the plan's history.
     *
     * @param comment the comment as stored (the system's lines in Chinese)
     * @param message the line the system wrote as its bundle key and arguments, which a page reads in its reader's
     *                language (issue 17); null for a person's comment and for rows from before V1_80
     */
    public record Event(String action, String actor, String comment, Instant occurredAt, org.spotcheck.shared.StoredMessage message) {
    }
}
