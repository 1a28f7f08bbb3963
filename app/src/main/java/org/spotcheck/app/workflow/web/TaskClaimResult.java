package org.spotcheck.app.workflow.web;

import org.spotcheck.app.workflow.TaskView;

/**
 * What became of one task of {@code POST /api/tasks/claim}: each is claimed in its own transaction with its own
 * one-winner check (ADR 0004), so one task lost to a colleague does not undo the others.
 *
 * @param taskId  the id asked for
 * @param outcome {@code CLAIMED}, {@code ALREADY_CLAIMED} (a colleague claimed it first) or {@code NOT_FOUND}
 *                (no such task, completed, or not the caller's to claim)
 * @param status  the status a single claim ({@code POST /api/tasks/{id}/claim}) would have answered: 200, 409 or 404
 * @param rule    the problem rule of a claim refused ({@code ALREADY_CLAIMED}, {@code NOT_FOUND}), else null
 * @param detail  why it was refused, in the caller's language, else null
 * @param holder  the username of the colleague who holds the task ({@code ALREADY_CLAIMED} only)
 * @param task    the task, now the caller's ({@code CLAIMED} only)
 */
public record TaskClaimResult(String taskId, String outcome, int status, String rule, String detail, String holder, TaskView task) {
}
