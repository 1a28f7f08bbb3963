package org.spotcheck.planning.internal.persistence;

import java.math.BigDecimal;

/** Row of pln_plan_item. */
public class PlanItemRow {
    public Long id;
    public Long planId;
    public Integer seq;
    public String productCode;
    public Long ruleId;
    public String regionCode;
    public String labCode;
    public Integer batches;
    public Integer quarter;
    public BigDecimal budget;
    public String reason;
}
