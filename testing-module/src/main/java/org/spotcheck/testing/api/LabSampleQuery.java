package org.spotcheck.testing.api;

import java.time.LocalDate;

/**
 * A search of 样品与报告, the lab's samples (issue 17.4): each criterion is optional; text matches a part.
 *
 * @param number     a part of the sample code, the case number or a report number of the sample
 * @param enterprise a part of the enterprise's name, or its code
 * @param product    a part of the product's name, or its code
 * @param status     AWAITING_RECEIPT, RECEIVED or TESTED; anything else is no criterion
 * @param from       registered at the lab on or after this day (Beijing time)
 * @param to         registered on or before this day (Beijing time)
 * @param page       the page, from 1
 * @param size       rows per page (20 or 50)
 */
public record LabSampleQuery(String number, String enterprise, String product, String status, LocalDate from, LocalDate to,
        int page, int size) {

    /** The statuses a sample at the lab can be in, to choose from. */
    public static final java.util.List<String> STATUSES = java.util.List.of("AWAITING_RECEIPT", "RECEIVED", "TESTED");
}
