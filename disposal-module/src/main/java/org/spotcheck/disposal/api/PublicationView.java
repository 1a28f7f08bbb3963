package org.spotcheck.disposal.api;

import java.time.Instant;
import java.util.List;

/**
 * A result or announcement prepared for the public (一公开), with the texts as prepared; what the
 * public sees leaves out the {@code redactions}.
 *
 * @param kind       RESULT (the spot-check result) or ANNOUNCEMENT (the province's announcement, R15)
 * @param status     HELD (conclusion not final: objection window, objection or re-test), PENDING_REVIEW, RELEASED
 * @param preparedBy who wrote the text (an announcement's province officer); null when the system drafted it
 * @param reviewedBy who did the redaction review and released it
 * @param productCode the product's code, which names it on an English page (issue 17); null for rows the case lost it
 * @param conclusion  the conclusion the text was written from: NONCONFORMING or NO_NONCONFORMITY_FOUND, an announcement's
 *                    NONCONFORMING or REFUSED (re-inspection sampling refused); the text stays the released Chinese
 * @param grade       SERIOUS or GENERAL for a non-conforming conclusion, else null
 * @param roundNo     an announcement's re-inspection round (V4_280); null for a result or a row written before
 * @param reportNo    an announcement's re-inspection report number; null where there is none
 * @param labCode     the lab that issued that report; null where there is none
 * @param failedItemCodes the failed items' codes joined with 、 (V4_280); null where they were not kept
 */
public record PublicationView(long id, long caseId, String taskCode, String kind, String status,
        String authorityCode, String enterpriseName, String productName, String trademark, String specification,
        String batchNumber, String conclusionText, String failedItemsText, String remark, Instant createdAt,
        String preparedBy, String reviewedBy, Instant releasedAt, List<Redaction> redactions, String productCode,
        String conclusion, String grade, Integer roundNo, String reportNo, String labCode, String failedItemCodes)
        implements PublicTexts {

    /**
     * The fields a reviewer may withhold. The product and the conclusion are what 一公开 discloses
     * (Order 18 art. 44; S2 art. 10) and are never withheld.
     */
    public static final List<String> REDACTABLE_FIELDS = List.of("enterpriseName", "trademark", "specification",
            "batchNumber", "failedItemsText", "remark");

    /** Every public field in the order of the review form. */
    public static final List<String> PUBLIC_FIELDS = List.of("enterpriseName", "productName", "trademark", "specification",
            "batchNumber", "conclusionText", "failedItemsText", "remark");

    /** A field withheld from the public, why, and by whom. */
    public record Redaction(String field, String reason, String redactedBy, Instant redactedAt) {
    }

    public boolean withheld(String field) {
        return redactions != null && redactions.stream().anyMatch(r -> r.field().equals(field));
    }

    public String reasonFor(String field) {
        return redactions == null ? null
                : redactions.stream().filter(r -> r.field().equals(field)).map(Redaction::reason).findFirst().orElse(null);
    }
}
