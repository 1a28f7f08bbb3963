package org.spotcheck.planning.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** Row of pln_checked_product. */
public class CheckedProductRow {
    public Long id;
    public String authorityCode;
    public String enterpriseCode;
    public String productCode;
    public String standardCode;
    public String trademark;
    public String specification;
    public LocalDate checkedOn;
    public String taskCode;
    public Instant recordedAt;
}
