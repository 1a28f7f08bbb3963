package org.spotcheck.disposal.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** Row of dsp_warning_rule. */
public class WarningRuleRow {
    public Long id;
    public String authorityCode;
    public String name;
    public String kind;
    public String productCode;
    public String industry;
    public String regionCode;
    public BigDecimal thresholdPct;
    public Integer minBatches;
    public Integer windowDays;
    public BigDecimal dropPoints;
    public Boolean active;
    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;
    public Integer rowVersion;
}
