package org.spotcheck.testing.internal.persistence;

import java.math.BigDecimal;

/** Row of tst_test_item. */
public class TestItemRow {
    public Long id;
    public Long labSampleId;
    public Integer seq;
    public String code;
    public String nameZh;
    public String nameEn;
    public String method;
    public String limitType;
    public BigDecimal limitValue;
    public BigDecimal limitMin;
    public BigDecimal limitMax;
    public String limitText;
    public String unit;
    public Integer decimals;
    public String display;
    public String itemClass;
    public String measured;
    public BigDecimal rounded;
    public String computedVerdict;
    public String verdict;
    public String overrideReason;
    public BigDecimal detectionLimit;
    public Boolean ndRequired;
    public String valueZh;
    public String unitZh;
    /** The rule item's English wording of the method, the requirement and the unit, or null (brief bil17). */
    public String methodEn;
    public String displayEn;
    public String unitEn;
}
