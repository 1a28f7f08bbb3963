package org.spotcheck.disposal.api;

import org.spotcheck.shared.Actor;

/**
 * Re-inspections after a rectification order (复查, R14–R17) and what follows a failed one: escalation to the
 * province, its announcement (公告), suspension (停业整顿) and the referral for licence revocation.
 */
public interface Reinspections {

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
     * refusal's own enforcement referral is opened separately ({@link Referrals#openReferral}).
     */
    ReinspectionView recordReinspectionRefusal(Actor actor, long caseId, String facts);

    /**
     * As {@link #recordReinspectionRefusal(Actor, long, String)}, the facts given in both languages (brief codes17: the
     * case log line kept only the Chinese 拒检人 note, read back through the stored patterns): the log line keeps its key
     * and both texts, the Chinese one in its comment as before.
     */
    default ReinspectionView recordReinspectionRefusal(Actor actor, long caseId, org.spotcheck.shared.StoredMessage.Arg facts) {
        return recordReinspectionRefusal(actor, caseId, facts == null ? "" : facts.zhOrValue());
    }

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

    /**
     * A re-inspection visit that ends without a sample: the enterprise must supply the re-inspection's
     * samples free of charge (Order 18 art. 49), so the only such outcome is its refusal (REFUSED);
     * any other is refused with 422 REINSPECTION_REFUSAL_ONLY on {@code outcome}.
     */
    void requireRefusalOnlyWithoutSample(String visitOutcome);
}
