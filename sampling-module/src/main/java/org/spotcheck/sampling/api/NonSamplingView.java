package org.spotcheck.sampling.api;

import java.time.Instant;
import java.util.List;

/** A recorded visit without a sample, with its evidence. */
public record NonSamplingView(long id, String taskCode, String authorityCode, String enterpriseCode,
        String enterpriseName, NonSamplingOutcome outcome, NonSamplingReason reason, String refusedByName,
        String refusedByPosition, boolean consequencesExplained, String note, List<String> samplers,
        List<AttachmentView> evidence, String recordedBy, Instant recordedAt) {
}
