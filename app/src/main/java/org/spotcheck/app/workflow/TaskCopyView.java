package org.spotcheck.app.workflow;

import java.time.Instant;

/** A task copied to the caller (抄送): he reads its case, he does not act on it. */
public record TaskCopyView(long id, String taskId, String taskName, String processInstanceId, String businessKey,
        String copiedBy, String comment, Instant createdAt, Instant readAt) {
}
