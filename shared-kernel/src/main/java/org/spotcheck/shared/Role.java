package org.spotcheck.shared;

/**
 * The roles of the people in a spot-check. The code is also the Flowable candidate-group prefix
 * ({@code ROLE:ORG}, see {@link Actor#candidateGroups()}) and the Spring Security authority
 * ({@code ROLE_<code>}).
 */
public enum Role {
    /** 计划编制人员: drafts annual and special plans. */
    PLANNER(OrgType.AUTHORITY),
    /** 科室审核: first-level plan review. */
    PLAN_REVIEWER(OrgType.AUTHORITY),
    /** 局领导批准: final plan approval. */
    PLAN_APPROVER(OrgType.AUTHORITY),
    /** 抽样人员: takes samples; never tests them (抽检分离). */
    SAMPLER(OrgType.AUTHORITY),
    /** 检验员: receives samples, enters results, drafts the report. */
    LAB_TESTER(OrgType.LAB),
    /** 审核人: reviews the test report. */
    LAB_REVIEWER(OrgType.LAB),
    /** 授权签字人: approves and signs the test report. */
    LAB_APPROVER(OrgType.LAB),
    /** 被抽样企业: confirms forms, objects, rectifies. */
    ENTERPRISE(OrgType.ENTERPRISE),
    /** 结果处理人员: serves notices, handles objections and rectification. */
    OFFICER(OrgType.AUTHORITY),
    /** 执法稽查: receives enforcement referrals. */
    ENFORCER(OrgType.AUTHORITY),
    /** 系统管理员. */
    SYS_ADMIN(OrgType.AUTHORITY),
    /** 安全管理员. */
    SEC_ADMIN(OrgType.AUTHORITY),
    /** 安全审计员. */
    AUDITOR(OrgType.AUTHORITY);

    private final OrgType orgType;

    Role(OrgType orgType) {
        this.orgType = orgType;
    }

    /** The kind of organisation a holder of this role belongs to. */
    public OrgType orgType() {
        return orgType;
    }

    /** The candidate group for this role within one organisation, for example {@code LAB_TESTER:LAB1}. */
    public String groupFor(String orgCode) {
        return name() + ":" + orgCode;
    }
}
