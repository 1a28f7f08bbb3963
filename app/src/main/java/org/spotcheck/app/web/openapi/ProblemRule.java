package org.spotcheck.app.web.openapi;

import java.util.List;

/**
 * One rule code of the catalogue ({@code GET /api/public/problem-rules}, {@link ProblemRuleController}).
 *
 * @param rule     the code of {@code rule} or {@code errors[].rule}
 * @param statuses the HTTP statuses it is answered with (a few codes are thrown at more than one stage)
 * @param zh       the Chinese text ({0}, {1}… stand for the refusal's values), or null when the bundles have none
 * @param en       the English text, or null
 */
public record ProblemRule(String rule, List<Integer> statuses, String zh, String en) {
}
