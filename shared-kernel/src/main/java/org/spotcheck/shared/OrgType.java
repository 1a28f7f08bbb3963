package org.spotcheck.shared;

/** The three kinds of organisation a user can belong to. */
public enum OrgType {
    /** 市场监督管理部门: a market regulation authority of one region. */
    AUTHORITY,
    /** 承检机构: a testing laboratory. */
    LAB,
    /** 被抽样单位: a producer or seller. */
    ENTERPRISE
}
