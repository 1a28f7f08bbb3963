package org.spotcheck.app.workflow.web;

import java.util.List;

/**
 * The answer of {@code POST /api/tasks/claim} (a named schema in the API document, issue 17.4).
 *
 * @param claimed how many of the tasks are now the caller's
 * @param results one result per distinct id asked for, in the order asked
 */
public record TaskClaimAnswer(int claimed, List<TaskClaimResult> results) {
}
