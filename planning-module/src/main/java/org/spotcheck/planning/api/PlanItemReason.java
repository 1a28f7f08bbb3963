package org.spotcheck.planning.api;

/** Why a product is in the plan (S15: risk, complaints, representativeness, follow-up). */
public enum PlanItemReason {
    /** 涉及人体健康和人身、财产安全. */
    HEALTH_SAFETY_RISK,
    /** 消费者、有关组织反映有质量问题. */
    COMPLAINTS,
    /** 影响国计民生的重要工业产品 / 质量指数代表性. */
    QUALITY_INDEX,
    /** 跟踪抽查: follow-up of earlier failures. */
    FOLLOW_UP
}
