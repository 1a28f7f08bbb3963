package org.spotcheck.disposal.api;

import java.time.Instant;
import java.util.List;

/**
 * A released result as the public sees it: no case ids, no personal data. A field the redaction
 * review withheld is null here and named in {@code withheld}. {@code productCode}, {@code conclusion} and {@code grade}
 * are the codes the product's and the conclusion's texts were written from (issue 17: an English page names them in
 * English); the texts are the released Chinese record. {@code roundNo}, {@code reportNo} and {@code labCode} are an
 * announcement's re-inspection round, report and lab, and {@code failedItemCodes} the failed items' codes joined with 、
 * (V4_280, brief codes17: an English page sets them in English); null where the row was written without them.
 */
public record PublicResultView(String kind, String enterpriseName, String productName, String trademark,
        String specification, String batchNumber, String conclusionText, String failedItemsText, String remark,
        Instant releasedAt, List<String> withheld, String productCode, String conclusion, String grade,
        Integer roundNo, String reportNo, String labCode, String failedItemCodes) {

    public boolean isWithheld(String field) {
        return withheld.contains(field);
    }
}
