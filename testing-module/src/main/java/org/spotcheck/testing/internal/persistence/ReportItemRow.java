package org.spotcheck.testing.internal.persistence;

import java.math.BigDecimal;

/** Row of tst_report_item: one judged item frozen into an issued report. */
public class ReportItemRow {
    public Long id;
    public Long reportId;
    public Integer seq;
    public String code;
    public String nameZh;
    public String nameEn;
    public String method;
    public String itemClass;
    public String limitType;
    public String limitDisplay;
    public Integer decimals;
    public String unit;
    public String measured;
    public BigDecimal rounded;
    public String computedVerdict;
    public String verdict;
    public String overrideReason;
    public String unitZh;
    public BigDecimal detectionLimit;
    public String limitDisplayEn;
    /** English wording of the method and of the unit as frozen at issue, or null (brief bil17). */
    public String methodEn;
    public String unitEn;
}
