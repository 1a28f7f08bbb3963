package org.spotcheck.app.workflow;

/** Names shared between the BPMN files and the Java code; the BPMN lint test checks them. */
public final class SpotCheckProcess {

    /** plan-approval.bpmn20.xml */
    public static final String PLAN_APPROVAL = "planApproval";
    /** spot-check.bpmn20.xml */
    public static final String SPOT_CHECK = "spotCheck";

    // variables: ids and primitives only
    public static final String PLAN_ID = "planId";
    public static final String AUTHORITY_CODE = "authorityCode";
    public static final String DRAFTER = "drafter";
    public static final String DECISION = "decision";
    /** true: the approval path starts with the section review (annual plans) */
    public static final String SECTION_REVIEW = "sectionReview";
    /** number of sequential director approval levels */
    public static final String APPROVAL_LEVELS = "approvalLevels";
    /** message of the boundary events that end the approval when the drafter withdraws the plan */
    public static final String PLAN_WITHDRAWN_MESSAGE = "planWithdrawn";
    public static final String CASE_CODES = "caseCodes";
    public static final String CASE_CODE = "caseCode";
    public static final String LAB_CODE = "labCode";
    public static final String ENTERPRISE_CODE = "enterpriseCode";
    public static final String SAMPLER_USERS = "samplerUsers";
    public static final String SAMPLE_ID = "sampleId";
    public static final String LAB_SAMPLE_ID = "labSampleId";
    public static final String REPORT_ID = "reportId";
    public static final String REPORT_NO = "reportNo";
    public static final String CONFORMING = "conforming";
    public static final String DISPOSAL_CASE_ID = "disposalCaseId";

    private SpotCheckProcess() {
    }
}
