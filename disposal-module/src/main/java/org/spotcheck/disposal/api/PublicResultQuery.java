package org.spotcheck.disposal.api;

import java.time.LocalDate;

/**
 * A search of the public results (结果公开, issue 17.4): each criterion is optional; text matches a part. A field the
 * redaction review withheld is never searched, so a search cannot reveal it.
 *
 * @param enterprise a part of the enterprise's name (only where the name is public)
 * @param product    a part of the product's name
 * @param kind       RESULT or ANNOUNCEMENT; anything else is no criterion
 * @param from       released on or after this day (Beijing time)
 * @param to         released on or before this day (Beijing time)
 * @param page       the page, from 1
 * @param size       rows per page (20 or 50)
 */
public record PublicResultQuery(String enterprise, String product, String kind, LocalDate from, LocalDate to, int page, int size) {
}
