package org.spotcheck.sampling.internal.persistence;

import java.time.Instant;

/** Row of smp_custody_event. */
public class CustodyEventRow {
    public Long id;
    public Long recordId;
    public String eventType;
    public String portionKind;
    public String actor;
    public String note;
    public Instant occurredAt;
    /** The bundle key and the arguments (JSON) of a note the system writes (V2_40); null for others and older rows. */
    public String noteKey;
    public String noteArgs;
}
