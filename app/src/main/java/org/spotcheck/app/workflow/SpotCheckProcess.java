package org.spotcheck.app.workflow;

/** Names shared between the BPMN files and the Java code; the BPMN lint test checks them. */
public final class SpotCheckProcess {

    /** plan-approval.bpmn20.xml */
    public static final String PLAN_APPROVAL = "planApproval";
    /** spot-check.bpmn20.xml */
    public static final String SPOT_CHECK = "spotCheck";
    /** report-correction.bpmn20.xml */
    public static final String REPORT_CORRECTION = "reportCorrection";

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
    public static final String SAMPLING_OUTCOME = "samplingOutcome";
    public static final String SAMPLE_ACCEPTED = "sampleAccepted";
    public static final String RECEIPT_NOTE = "receiptNote";
    public static final String REFERRAL_ID = "referralId";
    public static final String CONFIRMATION_REMINDER = "confirmationReminder";
    /** java.util.Date: end of the day the lab's report is due (LabDeadlines); the lab steps' due date. */
    public static final String REPORT_DUE_AT = "reportDueAt";
    /** java.util.Date: when the non-interrupting reminder timers on the lab steps fire. */
    public static final String REPORT_REMIND_AT = "reportRemindAt";
    /** reportCorrection: the issued report being corrected. */
    public static final String PREVIOUS_REPORT_ID = "previousReportId";

    private SpotCheckProcess() {
    }
}
