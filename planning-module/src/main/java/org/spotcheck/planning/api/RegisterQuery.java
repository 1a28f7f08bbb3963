package org.spotcheck.planning.api;

/**
 * A search of one register's list (issue 17.4): each criterion is optional; text matches a part.
 *
 * @param name    a part of the entry's code or name (or credit code, accreditation number, username)
 * @param region  a region code or its leading digits (3201 for all of Nanjing); not for products
 * @param product a product code the enterprise makes or the lab tests; only for enterprises and labs
 * @param page    the page, from 1
 * @param size    rows per page (20 or 50)
 */
public record RegisterQuery(String name, String region, String product, int page, int size) {
}
