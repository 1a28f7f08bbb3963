package org.spotcheck.app.workflow.web;

import java.util.List;

/**
 * The body of {@code POST /api/tasks/claim} (批量签收, issue 17.4; a named schema in the API document).
 *
 * @param taskIds the tasks to claim, 1 to 50 ids (a page of the inbox at its largest); an id given twice is claimed once
 */
public record TaskClaimRequest(List<String> taskIds) {
}
