package org.spotcheck.disposal.api;

import java.time.LocalDate;

/**
 * A search of the result-handling cases (issue 17.4): each criterion is optional; text matches a part.
 *
 * @param number     a part of the task code, sample code, report number or the notice's 文号
 * @param enterprise a part of the enterprise's name, or its code
 * @param product    a part of the product's name, or its code
 * @param region     a region code or its leading digits (3201 for all of Nanjing)
 * @param status     a case status (AWAITING_NOTICE, …)
 * @param from       opened on or after this day (Beijing time)
 * @param to         opened on or before this day (Beijing time)
 * @param page       the page, from 1
 * @param size       rows per page (20 or 50)
 */
public record CaseQuery(String number, String enterprise, String product, String region, String status, LocalDate from,
        LocalDate to, int page, int size) {
}
