package org.spotcheck.planning.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** Row of pln_complaint. */
public class ComplaintRow {
    public Long id;
    public String authorityCode;
    public LocalDate receivedOn;
    public String complainant;
    public String description;
    public String productCode;
    public String enterpriseCode;
    public String regionCode;
    public String status;
    public Long planId;
    public String recordedBy;
    public Instant recordedAt;
}
