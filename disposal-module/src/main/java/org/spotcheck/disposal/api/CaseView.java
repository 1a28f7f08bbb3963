package org.spotcheck.disposal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A result-handling case. */
public record CaseView(long id, String taskCode, String sampleCode, String reportNo, String authorityCode,
        String labCode, String enterpriseCode, String enterpriseName, String productName, String conclusion,
        String grade, String status, Instant openedAt, String servedBy, Instant servedAt, String serviceMethod,
        LocalDate objectionDeadline, Instant closedAt, List<Event> events) {

    /** One step of the case. */
    public record Event(String action, String actor, String comment, Instant occurredAt) {
    }
}
