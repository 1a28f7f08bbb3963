package org.spotcheck.app.workflow;

/**
 * Names shared between result-handling.bpmn20.xml, lab-test.bpmn20.xml, quality-warning.bpmn20.xml
 * and the Java code (issue 6). The variables the lab chain shares with spot-check.bpmn20.xml keep
 * their names from {@link SpotCheckProcess} (labCode, labSampleId, reportId, decision, sampleId).
 */
public final class ResultHandlingProcess {

    /** result-handling.bpmn20.xml, called by spotCheck's handleResult once the notice is served. */
    public static final String RESULT_HANDLING = "resultHandling";
    /** lab-test.bpmn20.xml: receipt, results and the report chain at one lab (re-test, re-inspection). */
    public static final String LAB_TEST = "labTest";
    /** quality-warning.bpmn20.xml: a quality warning waits for planners to start a special plan. */
    public static final String QUALITY_WARNING = "qualityWarning";

    // variables: ids and primitives only; instants as ISO-8601 strings for timeDate timers
    public static final String ORIGINAL_LAB_CODE = "originalLabCode";
    public static final String ORIGINAL_SAMPLE_ID = "originalSampleId";
    public static final String ORIGINAL_REPORT_ID = "originalReportId";
    public static final String PRODUCT_CODE = "productCode";
    public static final String NOTICE_SERVED = "noticeServed";
    public static final String OBJECTION_WINDOW_END = "objectionWindowEnd";
    public static final String OBJECTION_ACCEPTED = "objectionAccepted";
    public static final String FINAL_CONFORMING = "finalConforming";
    public static final String RETEST_DRAW_ID = "retestDrawId";
    /** BACKUP for a re-test (custody of the backup portion), TEST for a re-inspection sample. */
    public static final String PORTION = "portion";
    public static final String RECTIFICATION_DUE = "rectificationDue";
    public static final String REINSPECTION_DUE = "reinspectionDue";
    public static final String SERIOUS_PROBLEM = "seriousProblem";
    public static final String REINSPECTION_TASK_CODE = "reinspectionTaskCode";
    public static final String REINSPECTION_OUTCOME = "reinspectionOutcome";
    public static final String PROVINCE_AUTHORITY_CODE = "provinceAuthorityCode";
    public static final String REVOCATION_REFERRAL_ID = "revocationReferralId";
    /** Long: the enforcement referral of a refused re-inspection sampling. */
    public static final String REFUSAL_REFERRAL_ID = "refusalReferralId";
    /** String: SAMPLED or REFUSED, what the re-inspection's samplers recorded. */
    public static final String REINSPECTION_SAMPLING_OUTCOME = "reinspectionSamplingOutcome";
    public static final String WARNING_ID = "warningId";

    private ResultHandlingProcess() {
    }

    /**
     * The engine's instant for a statutory deadline given as its last day (issue 12, point 4): the
     * timer fires and the task is due at 00:00 China time of the day after, so that the whole last day
     * is in time; the inbox turns it back into that same day ({@link TaskView#lastDay}). The instant
     * lives only in the engine's variables; every document, page and API shows the day.
     */
    public static String timerAfter(java.time.LocalDate lastDay) {
        return org.spotcheck.app.workflow.clock.StatutoryTimers.timerAfter(lastDay);
    }
}
