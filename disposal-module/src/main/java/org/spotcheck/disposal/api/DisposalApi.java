package org.spotcheck.disposal.api;

import java.util.List;
import org.spotcheck.shared.Actor;

/**
 * The disposal module's facade: handling the result of an issued test report (Order 18 ch. 6):
 * closing conforming cases, serving the result notice on a non-conforming one; objections,
 * rectification and publication build on it.
 */
public interface DisposalApi {

    /** Opens the result-handling case of an issued report. */
    CaseView openCase(Actor actor, OpenCaseCommand command);

    /** Closes a case whose report found no non-conformity. */
    CaseView closeConforming(Actor actor, long caseId);

    /**
     * Records that the result notice (检验结果通知书) was served on the enterprise. The objection
     * clock (15 days, R5) starts at service, not at issue.
     */
    CaseView serveNotice(Actor actor, long caseId, ServeNoticeCommand command);

    CaseView getCase(Actor actor, long caseId);

    /** Cases the caller may see: his authority's or his enterprise's. */
    List<CaseView> listCases(Actor actor);

    /** Opens an enforcement referral (移送) with its evidence. */
    ReferralView openReferral(Actor actor, OpenReferralCommand command);

    /** Enforcement decides: case opened or no action, with a comment. */
    ReferralView decideReferral(Actor actor, long referralId, ReferralDecision decision, String comment);

    ReferralView getReferral(Actor actor, long referralId);

    /** Referrals of the caller's authority (enforcers and officers). */
    List<ReferralView> listReferrals(Actor actor);
}
