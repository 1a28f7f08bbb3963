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
    public Integer shareLarge;
    public Integer shareMedium;
    public Integer shareSmall;
    public Boolean emergency;
    public Long originItemId;
    public String legalBasis;

    /** The item whose draws and spot-check tasks this one carries: itself unless carried into an amendment. */
    public long drawItemId() {
        return originItemId != null ? originItemId : id;
    }
}
