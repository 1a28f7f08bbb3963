package org.spotcheck.planning.internal.persistence;

import java.time.Instant;

/** Row of pln_plan_event. */
public class PlanEventRow {
    public Long id;
    public Long planId;
    public String action;
    public String actor;
    public String comment;
    public Instant occurredAt;
}
