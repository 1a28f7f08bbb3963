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
    /** The bundle key and the arguments (JSON) of a line the system writes (V1_80); null for others and older rows. */
    public String messageKey;
    public String messageArgs;
}
