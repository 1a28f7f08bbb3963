package org.spotcheck.planning.api;

/**
 * A search of the plans list (issue 17.4): each criterion is optional; text matches a part.
 *
 * @param code    a part of the plan's code
 * @param product a part of a planned product's name, or its code
 * @param region  a region code or its leading digits (3201 for all of Nanjing), of the plan or of one of its items
 * @param status  a plan status (DRAFT, …); anything else is no criterion
 * @param year    the plan year
 * @param page    the page, from 1
 * @param size    rows per page (20 or 50)
 */
public record PlanQuery(String code, String product, String region, String status, Integer year, int page, int size) {
}
