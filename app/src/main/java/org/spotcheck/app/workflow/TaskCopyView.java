package org.spotcheck.app.workflow;

import java.time.Instant;

/**
 * A task copied to the caller (抄送): he reads its case, he does not act on it.
 *
 * @param taskName the step's name when it was copied (the BPMN's)
 * @param taskKey  the step's BPMN id, which names it in the reader's language; null for a copy older than it whose
 *                 task the history no longer holds
 */
public record TaskCopyView(long id, String taskId, String taskName, String processInstanceId, String businessKey,
        String copiedBy, String comment, Instant createdAt, Instant readAt, String taskKey) {
}
