package org.spotcheck.disposal.api;

import java.time.Instant;
import java.util.List;

/**
 * One released result or announcement in the public feed (issue 18.4): only what the redaction review
 * released; a withheld field is null here, named in {@code withheld}, and left out of the JSON, CSV and
 * Atom answers. {@code id} is the publication's number, stable for ever; no case ids, no personal data.
 *
 * @param kind RESULT (a final test result) or ANNOUNCEMENT (the province's announcement of a failed re-inspection)
 * @param productCode the product's code the texts were written from (issue 17, brief codes17), as 结果公开 has it
 * @param conclusion  NONCONFORMING or NO_NONCONFORMITY_FOUND; an announcement's NONCONFORMING or REFUSED
 * @param grade       SERIOUS or GENERAL for a non-conforming conclusion, else null
 * @param productNameEn     the product's English name, or null (issue 17, brief bil18; the released record stays Chinese)
 * @param conclusionTextEn  the conclusion in English (an announcement names its lab in English), or null
 * @param failedItemsTextEn the failed items' English names, or null (also when {@code failedItemsText} is withheld)
 */
public record PublicFeedEntry(long id, String kind, Instant releasedAt, String enterpriseName, String productName,
        String trademark, String specification, String batchNumber, String conclusionText, String failedItemsText,
        String remark, List<String> withheld, String productCode, String conclusion, String grade,
        String productNameEn, String conclusionTextEn, String failedItemsTextEn) implements PublicTexts {

    /**
     * The feed's fields in their stable order (the CSV header); the schema only grows at the end, so the codes added for
     * issue 17 (brief codes17) come after {@code withheld}, and the English readings (brief bil18) after them.
     */
    public static final List<String> FIELDS = List.of("id", "kind", "releasedAt", "enterpriseName", "productName", "trademark",
            "specification", "batchNumber", "conclusionText", "failedItemsText", "remark", "withheld", "productCode",
            "conclusion", "grade", "productNameEn", "conclusionTextEn", "failedItemsTextEn");

    /** The value of a field of {@link #FIELDS} ({@code withheld} excluded), null when withheld or empty. */
    public Object value(String field) {
        return switch (field) {
            case "id" -> id;
            case "kind" -> kind;
            case "releasedAt" -> releasedAt;
            case "productCode" -> productCode;
            case "conclusion" -> conclusion;
            case "grade" -> grade;
            case "productNameEn" -> productNameEn;
            case "conclusionTextEn" -> conclusionTextEn;
            case "failedItemsTextEn" -> failedItemsTextEn;
            default -> text(field);
        };
    }
}
