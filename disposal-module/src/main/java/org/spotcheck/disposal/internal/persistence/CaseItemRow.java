package org.spotcheck.disposal.internal.persistence;

/** Row of dsp_case_item. */
public class CaseItemRow {
    public Long id;
    public Long caseId;
    public String code;
    public String nameZh;
    public String itemClass;
    public Boolean disputed;
    public String retestVerdict;
    public String finalVerdict;
}
