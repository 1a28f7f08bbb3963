package org.spotcheck.disposal.api;

import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ProcessOnly;

/**
 * The disposal module's facade: handling the result of an issued test report (Order 18 ch. 6):
 * the notice and its service, the objection window, objections and re-tests, the final
 * conclusion with the stop-sale flag, rectification, re-inspections, escalation, suspension,
 * enforcement referrals and publication (一公开). Methods meant only for the process (timers and
 * service tasks) take {@link Actor#SYSTEM}.
 */
public interface DisposalApi {

    /** Opens the result-handling case of an issued report. */
    @ProcessOnly
    CaseView openCase(Actor actor, OpenCaseCommand command);

    /** Closes a case whose report found no non-conformity. */
    @ProcessOnly
    CaseView closeConforming(Actor actor, long caseId);

    /**
     * Records that the result notice (检验结果通知书) was served on the enterprise. The objection
     * clock (15 days, R5) starts at service, not at issue. With IN_APP the notice is only sent:
     * service happens when the enterprise acknowledges it ({@link #acknowledgeNotice}).
     */
    CaseView serveNotice(Actor actor, long caseId, ServeNoticeCommand command);

    CaseView getCase(Actor actor, long caseId);

    /** Cases the caller may see: his authority's or his enterprise's. */
    List<CaseView> listCases(Actor actor);

    /**
     * The result-handling cases of a case number (spot-check task code) that the caller may see:
     * the organising authority's, the authority it was escalated to, the first lab's and the
     * enterprise's; oldest first.
     */
    List<CaseView> casesOfTask(Actor actor, String taskCode);

    /** Opens an enforcement referral (移送) with its evidence. */
    ReferralView openReferral(Actor actor, OpenReferralCommand command);

    /** Enforcement decides: case opened or no action, with a comment. */
    ReferralView decideReferral(Actor actor, long referralId, ReferralDecision decision, String comment);

    ReferralView getReferral(Actor actor, long referralId);

    /** Referrals of the caller's authority (enforcers and officers). */
    List<ReferralView> listReferrals(Actor actor);

    // ------------------------------------------------------------------ service and objection (R5, R7–R9)

    /** The enterprise acknowledges a notice sent in the system: this is the service (送达) date. */
    CaseView acknowledgeNotice(Actor actor, long caseId);

    /**
     * The enterprise objects and applies for a re-test of failed items (R5, R8), within the
     * window counted from service. Outside it: 422 OBJECTION_WINDOW_CLOSED.
     */
    CaseView fileObjection(Actor actor, long caseId, FileObjectionCommand command);

    /** An officer accepts (re-test) or rejects (conclusion final) the objection, with a reason. */
    CaseView decideObjection(Actor actor, long caseId, ObjectionDecisionCommand command);

    /** Timer: no objection by the deadline, the conclusion becomes final. */
    CaseView finalizeConclusion(Actor actor, long caseId);

    /** Records the re-test lab drawn at random (never the original lab, R9). */
    CaseView recordRetestLab(Actor actor, long caseId, String labCode, long drawId);

    /** The re-test lab rejected the backup portion: no re-test, the first conclusion stands. */
    CaseView abandonRetest(Actor actor, long caseId, String note);

    /** The re-test report: its conclusion is final for the disputed items (R8); the fee rule applies (R7). */
    CaseView recordRetestResult(Actor actor, long caseId, TestResultCommand result);

    // ------------------------------------------------------------------ failure path (R12–R18, R27)

    /** Rectification order (责令整改): 60 days to rectify, re-inspection within 75 days. */
    CaseView orderRectification(Actor actor, long caseId, RectificationOrderCommand command);

    /** Timer: the rectification period has ended without a report; the enterprise is reminded. */
    CaseView remindRectification(Actor actor, long caseId);

    /** The enterprise reports its rectification with evidence. */
    CaseView submitRectificationReport(Actor actor, long caseId, RectificationReportCommand command);

    /** Timer: a re-inspection is overdue; the supervising authority is alerted. */
    CaseView reportReinspectionOverdue(Actor actor, long caseId);

    /**
     * The officer organises the next re-inspection: round 1 after the order, round 2 only between
     * day 60 and day 90 after the announcement (R16), round 3 after the suspension period.
     */
    ReinspectionView organiseReinspection(Actor actor, long caseId);

    /** The re-inspection's report: pass closes the case; a failure says what follows. */
    ReinspectionView recordReinspectionResult(Actor actor, long caseId, TestResultCommand result);

    /**
     * The enterprise refused the re-inspection's sampling (拒绝复查抽样): the round fails as a
     * non-conforming re-inspection would (Order 18 art. 47 ff.), with the samplers' facts; the
     * refusal's own enforcement referral is opened separately ({@link #openReferral}).
     */
    ReinspectionView recordReinspectionRefusal(Actor actor, long caseId, String facts);

    /** A failed first re-inspection goes to the provincial authority (R15). */
    CaseView escalate(Actor actor, long caseId, String provinceAuthorityCode);

    /**
     * The provincial authority announces the failure publicly (公告, R15). The announcement reaches
     * the public page only after another officer of the province has done its redaction review.
     */
    CaseView announce(Actor actor, long caseId, AnnouncementCommand command);

    /** A failed second re-inspection: suspension and rectification (R16). */
    CaseView orderSuspension(Actor actor, long caseId, SuspensionOrderCommand command);

    /** A failed re-inspection after suspension: the case goes to enforcement for licence revocation. */
    CaseView closeForRevocation(Actor actor, long caseId, long referralId);

    /** The result notice as PDF, to the enterprise or (recipient PRODUCER) to the producer named on the label. */
    byte[] noticePdf(Actor actor, long caseId, String recipient);

    /** 责令整改通知书 as PDF, once rectification was ordered (409 before). */
    byte[] rectificationNoticePdf(Actor actor, long caseId);

    // ------------------------------------------------------------------ publication (一公开)

    /** Publications of the caller's authority, with their state. */
    List<PublicationView> listPublications(Actor actor);

    /**
     * The redaction review (脱敏审核) of a result or an announcement: the reviewer withholds fields, each
     * with a reason, and releases it. Only a final conclusion may be released (422 PUBLICATION_HELD
     * otherwise); the author of an announcement may not review it (403 SEPARATION_OF_DUTIES).
     */
    PublicationView releasePublication(Actor actor, long publicationId, PublicationReleaseCommand command);

    /** Released results and announcements, newest first. */
    List<PublicResultView> publicResults();

    // ------------------------------------------------------------------ statistics (domain.md §5)

    /** Batch and enterprise non-conformity and pass rates, initial and final, by one dimension. */
    StatisticsView statistics(Actor actor, StatisticsQuery query);

    /** The same as CSV (UTF-8 with BOM) or XLSX, with formula-injection-safe cells. */
    byte[] exportStatistics(Actor actor, StatisticsQuery query, String format);

    // ------------------------------------------------------------------ quality early warning (domain.md §5.3)

    /** A warning rule of the caller's authority, per product, industry and region. */
    WarningRuleView createWarningRule(Actor actor, WarningRuleCommand command);

    /** One rule of the caller's authority, with the version to send back with an edit. */
    WarningRuleView getWarningRule(Actor actor, long ruleId);

    /** Edits a rule; 409 CONCURRENT_CHANGE if it changed since the version was read. */
    WarningRuleView updateWarningRule(Actor actor, long ruleId, WarningRuleCommand command);

    /** A deactivated rule never fires again until it is reactivated; the warnings it raised stay. */
    WarningRuleView deactivateWarningRule(Actor actor, long ruleId);

    WarningRuleView reactivateWarningRule(Actor actor, long ruleId);

    /** The rules of the caller's authority, active and inactive. */
    List<WarningRuleView> listWarningRules(Actor actor);

    List<WarningView> listWarnings(Actor actor);

    WarningView getWarning(Actor actor, long warningId);

    /** A planner links the special plan he started for the warning, or dismisses it with a reason (planCode null). */
    WarningView handleWarning(Actor actor, long warningId, String planCode, String comment);
}
