package org.spotcheck.app.workflow.web;

import java.util.List;

/**
 * The answer of {@code POST /api/tasks/{id}/copy} (a named schema in the API document, issue 18).
 *
 * @param copied the usernames newly copied (those who had the copy already are left out)
 */
public record TaskCopyResult(List<String> copied) {
}
