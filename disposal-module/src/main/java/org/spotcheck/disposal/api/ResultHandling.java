package org.spotcheck.disposal.api;

import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ProcessOnly;

/**
 * Result handling of an issued test report (Order 18 ch. 6): the case, the result notice and its service, the
 * objection window, objections and re-tests, the final conclusion with the stop-sale flag, and
 * rectification. Methods meant only for the process (timers and service tasks) take {@link Actor#SYSTEM}.
 */
public interface ResultHandling {

    /**
     * Opens the result-handling case of an issued report; returns its id (issue 14.2: the workflow needs only the
     * id, a view after the write cost six reads; getCase reads it).
     */
    @ProcessOnly
    long openCase(Actor actor, OpenCaseCommand command);

    /** Closes a case whose report found no non-conformity (returns nothing, as openCase returns only the id). */
    @ProcessOnly
    void closeConforming(Actor actor, long caseId);

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

    /** Rectification order (责令整改): 60 days to rectify, re-inspection within 75 days. */
    CaseView orderRectification(Actor actor, long caseId, RectificationOrderCommand command);

    /** Timer: the rectification period has ended without a report; the enterprise is reminded. */
    CaseView remindRectification(Actor actor, long caseId);

    /** The enterprise reports its rectification with evidence. */
    CaseView submitRectificationReport(Actor actor, long caseId, RectificationReportCommand command);

    /** The result notice as PDF, to the enterprise or (recipient PRODUCER) to the producer named on the label. */
    byte[] noticePdf(Actor actor, long caseId, String recipient);

    /** 责令整改通知书 as PDF, once rectification was ordered (409 before). */
    byte[] rectificationNoticePdf(Actor actor, long caseId);

    /**
     * The result notice as it will be served, before it is (issue 17.3): marked 预览, without a 文号 (given when
     * served). Officers of the case's authority, while the case awaits its notice.
     *
     * @param producerName the producer named on the label, when the sample came from a seller (null otherwise)
     */
    byte[] noticePreviewPdf(Actor actor, long caseId, String producerName);
}
