package org.spotcheck.planning.internal.persistence;

import java.time.Instant;

/** Row of pln_lab_conflict. */
public class LabConflictRow {
    public Long id;
    public String labCode;
    public String enterpriseCode;
    public String productCode;
    public String reason;
    public String declaredBy;
    public Instant declaredAt;
}
