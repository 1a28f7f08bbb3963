package org.spotcheck.planning.api;

/** 年度计划 or 专项计划. */
public enum PlanKind {
    ANNUAL,
    SPECIAL
}
