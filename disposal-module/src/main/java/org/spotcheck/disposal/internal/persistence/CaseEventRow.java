package org.spotcheck.disposal.internal.persistence;

import java.time.Instant;

/** Row of dsp_case_event. */
public class CaseEventRow {
    public Long id;
    public Long caseId;
    public String action;
    public String actor;
    public String comment;
    public Instant occurredAt;
}
