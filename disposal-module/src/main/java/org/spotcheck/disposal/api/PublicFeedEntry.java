package org.spotcheck.disposal.api;

import java.time.Instant;
import java.util.List;

/**
 * One released result or announcement in the public feed (issue 18.4): only what the redaction review
 * released; a withheld field is null here, named in {@code withheld}, and left out of the JSON, CSV and
 * Atom answers. {@code id} is the publication's number, stable for ever; no case ids, no personal data.
 *
 * @param kind RESULT (a final test result) or ANNOUNCEMENT (the province's announcement of a failed re-inspection)
 */
public record PublicFeedEntry(long id, String kind, Instant releasedAt, String enterpriseName, String productName,
        String trademark, String specification, String batchNumber, String conclusionText, String failedItemsText,
        String remark, List<String> withheld) implements PublicTexts {

    /** The feed's fields in their stable order (the CSV header; {@code withheld} last). */
    public static final List<String> FIELDS = List.of("id", "kind", "releasedAt", "enterpriseName", "productName", "trademark",
            "specification", "batchNumber", "conclusionText", "failedItemsText", "remark", "withheld");

    /** The value of a field of {@link #FIELDS} ({@code withheld} excluded), null when withheld or empty. */
    public Object value(String field) {
        return switch (field) {
            case "id" -> id;
            case "kind" -> kind;
            case "releasedAt" -> releasedAt;
            default -> text(field);
        };
    }
}
