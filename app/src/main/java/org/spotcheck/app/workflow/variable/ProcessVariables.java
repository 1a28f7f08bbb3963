package org.spotcheck.app.workflow.variable;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.variable.api.delegate.VariableScope;

/**
 * Every process variable of the BPMN files, by name and type: the one place the names are written and
 * the one way to read them (issue 16.3). Steps read {@code CASE_CODE.in(vars)} from the variables of a
 * task, delegates {@code CASE_CODE.in(execution)}, and set {@code FINAL_CONFORMING.set(execution, true)}.
 * Variables hold ids and primitives only; instants for timeDate timers as ISO-8601 strings. The BPMN
 * lint test checks the BPMN files against the Java code.
 */
public final class ProcessVariables {

    /**
     * One process variable: its name and its type. An id reads as {@code Long} and a count as
     * {@code Integer} whatever number the engine stored; an absent variable reads as null.
     */
    public record Var<T>(String name, Class<T> type) {

        public Var {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a process variable has a name");
            }
        }

        /** The value in a task's or an instance's variables, null when absent. */
        public T in(Map<String, ?> variables) {
            return read(variables.get(name));
        }

        /** The value in the variables, {@code absent} when there is none. */
        public T in(Map<String, ?> variables, T absent) {
            T value = in(variables);
            return value == null ? absent : value;
        }

        /** The value seen from an execution (a delegate) or another scope, null when absent. */
        public T in(VariableScope scope) {
            return read(scope.getVariable(name));
        }

        /** The value seen from a scope, {@code absent} when there is none. */
        public T in(VariableScope scope, T absent) {
            T value = in(scope);
            return value == null ? absent : value;
        }

        public void set(VariableScope scope, T value) {
            scope.setVariable(name, value);
        }

        private T read(Object value) {
            if (value == null) {
                return null;
            }
            if (type == Long.class && value instanceof Number n) {
                return type.cast(n.longValue());
            }
            if (type == Integer.class && value instanceof Number n) {
                return type.cast(n.intValue());
            }
            if (!type.isInstance(value)) {
                throw new IllegalStateException("process variable " + name + " holds a " + value.getClass().getSimpleName()
                        + ", not a " + type.getSimpleName());
            }
            return type.cast(value);
        }
    }

    private static Var<Long> id(String name) {
        return new Var<>(name, Long.class);
    }

    private static Var<String> text(String name) {
        return new Var<>(name, String.class);
    }

    private static Var<Boolean> flag(String name) {
        return new Var<>(name, Boolean.class);
    }

    private static Var<Integer> count(String name) {
        return new Var<>(name, Integer.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Var<List<String>> names(String name) {
        return new Var<>(name, (Class) List.class);
    }

    // plan-approval.bpmn20.xml
    public static final Var<Long> PLAN_ID = id("planId");
    public static final Var<String> AUTHORITY_CODE = text("authorityCode");
    public static final Var<String> DRAFTER = text("drafter");
    /** APPROVE, RETURN or REJECT: what a review or approval step decided. */
    public static final Var<String> DECISION = text("decision");
    /** Where a return goes: {@code initiator} or {@code previous}. */
    public static final Var<String> RETURN_TO = text("returnTo");
    /** true: the approval path starts with the section review (annual plans). */
    public static final Var<Boolean> SECTION_REVIEW = flag("sectionReview");
    /** Number of sequential director approval levels. */
    public static final Var<Integer> APPROVAL_LEVELS = count("approvalLevels");
    /** The colleagues asked to countersign (会签) a plan; the counters drive the multi-instance's completion condition. */
    public static final Var<List<String>> COUNTERSIGNERS = names("countersigners");
    public static final Var<Integer> COUNTERSIGN_COUNT = count("countersignCount");
    public static final Var<Integer> COUNTERSIGN_REQUIRED = count("countersignRequired");
    public static final Var<Integer> COUNTERSIGN_ALLOWED_REJECTIONS = count("countersignAllowedRejections");
    public static final Var<Integer> COUNTERSIGN_APPROVALS = count("countersignApprovals");
    public static final Var<Integer> COUNTERSIGN_REJECTIONS = count("countersignRejections");
    /** The case numbers the issued plan starts spot-checks for. */
    public static final Var<List<String>> CASE_CODES = names("caseCodes");

    // spot-check.bpmn20.xml
    /** The case number (案件编号) of the spot-check: the name under which every process of the case runs. */
    public static final Var<String> CASE_CODE = text("caseCode");
    public static final Var<String> LAB_CODE = text("labCode");
    public static final Var<String> ENTERPRISE_CODE = text("enterpriseCode");
    public static final Var<String> PRODUCT_CODE = text("productCode");
    public static final Var<String> REGION_CODE = text("regionCode");
    /** The drawn samplers, comma-separated. */
    public static final Var<String> SAMPLER_USERS = text("samplerUsers");
    public static final Var<Long> SAMPLE_ID = id("sampleId");
    public static final Var<Long> LAB_SAMPLE_ID = id("labSampleId");
    public static final Var<Long> REPORT_ID = id("reportId");
    public static final Var<String> REPORT_NO = text("reportNo");
    public static final Var<Boolean> CONFORMING = flag("conforming");
    public static final Var<Long> DISPOSAL_CASE_ID = id("disposalCaseId");
    public static final Var<String> SAMPLING_OUTCOME = text("samplingOutcome");
    public static final Var<Boolean> SAMPLE_ACCEPTED = flag("sampleAccepted");
    public static final Var<String> RECEIPT_NOTE = text("receiptNote");
    public static final Var<Long> REFERRAL_ID = id("referralId");
    /** How long the enterprise has to confirm the sampling form before it is reminded (ISO-8601 duration). */
    public static final Var<String> CONFIRMATION_REMINDER = text("confirmationReminder");
    /** End of the day the lab's report is due (LabDeadlines); the lab steps' due date. */
    public static final Var<Date> REPORT_DUE_AT = new Var<>("reportDueAt", Date.class);
    /** When the non-interrupting reminder timers on the lab steps fire. */
    public static final Var<Date> REPORT_REMIND_AT = new Var<>("reportRemindAt", Date.class);

    // report-correction.bpmn20.xml
    /** The issued report being corrected. */
    public static final Var<Long> PREVIOUS_REPORT_ID = id("previousReportId");

    // result-handling.bpmn20.xml, lab-test.bpmn20.xml, quality-warning.bpmn20.xml (issue 6)
    public static final Var<String> ORIGINAL_LAB_CODE = text("originalLabCode");
    public static final Var<Long> ORIGINAL_SAMPLE_ID = id("originalSampleId");
    public static final Var<Long> ORIGINAL_REPORT_ID = id("originalReportId");
    public static final Var<Boolean> NOTICE_SERVED = flag("noticeServed");
    /** ISO-8601 instant of the timer that ends the objection window. */
    public static final Var<String> OBJECTION_WINDOW_END = text("objectionWindowEnd");
    public static final Var<Boolean> OBJECTION_ACCEPTED = flag("objectionAccepted");
    public static final Var<Boolean> FINAL_CONFORMING = flag("finalConforming");
    public static final Var<Long> RETEST_DRAW_ID = id("retestDrawId");
    /** BACKUP for a re-test (custody of the backup portion), TEST for a re-inspection sample. */
    public static final Var<String> PORTION = text("portion");
    /** ISO-8601 instant of the rectification timer. */
    public static final Var<String> RECTIFICATION_DUE = text("rectificationDue");
    /** ISO-8601 instant of the re-inspection timer. */
    public static final Var<String> REINSPECTION_DUE = text("reinspectionDue");
    public static final Var<Boolean> SERIOUS_PROBLEM = flag("seriousProblem");
    /** The case number of the re-inspection's sampling. */
    public static final Var<String> REINSPECTION_TASK_CODE = text("reinspectionTaskCode");
    public static final Var<String> REINSPECTION_OUTCOME = text("reinspectionOutcome");
    public static final Var<String> PROVINCE_AUTHORITY_CODE = text("provinceAuthorityCode");
    public static final Var<Long> REVOCATION_REFERRAL_ID = id("revocationReferralId");
    /** The enforcement referral of a refused re-inspection sampling. */
    public static final Var<Long> REFUSAL_REFERRAL_ID = id("refusalReferralId");
    /** SAMPLED or REFUSED: what the re-inspection's samplers recorded. */
    public static final Var<String> REINSPECTION_SAMPLING_OUTCOME = text("reinspectionSamplingOutcome");
    public static final Var<Long> WARNING_ID = id("warningId");

    private ProcessVariables() {
    }
}
