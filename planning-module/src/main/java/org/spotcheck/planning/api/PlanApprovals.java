package org.spotcheck.planning.api;

import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Decision;

/**
 * A plan's approval round: the drafter submits, resubmits or withdraws it; the section reviewer, the countersigners and
 * the director levels decide on it. Every method applies the caller's data scope (the plans of his own authority).
 */
public interface PlanApprovals {

    /** The drafter submits a DRAFT plan for review (status SUBMITTED); this starts the approval process. */
    PlanView submitPlan(Actor actor, long planId, String comment);

    /** The drafter sends a RETURNED plan back to review, from the process's revise task. */
    PlanView resubmitPlan(Actor actor, long planId, String comment);

    /**
     * The drafter takes a SUBMITTED plan back before anyone reviewed it (撤回): the plan is a DRAFT
     * again and the approval process ends. Refused once the first reviewer has acted or taken the task.
     */
    PlanView withdrawPlan(Actor actor, long planId, String comment);

    /**
     * The section reviewer takes back his approval (撤回) while the first director has not acted:
     * the plan is SUBMITTED again and waits for his review.
     */
    void withdrawReview(Actor actor, long planId, String comment);

    /**
     * One countersigner's opinion (会签) on a reviewed annual plan: APPROVE agrees, RETURN disagrees
     * and needs a comment. The plan stays REVIEWED until the countersign concludes.
     */
    void countersignPlan(Actor actor, long planId, Decision decision, String comment);

    /**
     * The countersign concluded (the system, from the workflow): passed, the plan waits for the
     * directors; failed, it is RETURNED to its drafter with the summary: its Chinese text as stored, and its message,
     * which the pages read in their reader's language (issue 17; null for the text alone).
     */
    void concludeCountersign(long planId, boolean passed, String summary, org.spotcheck.shared.StoredMessage message);

    /*
     * The decisions below return nothing (issue 14.2): their only callers are the workflow's steps and delegates,
     * which never read the plan back; a view after each write cost five reads per decision. getPlan reads it.
     */

    /** Section review (科室审核): APPROVE moves the plan to REVIEWED, RETURN to RETURNED. */
    void reviewPlan(Actor actor, long planId, Decision decision, String comment);

    /**
     * One level of director approval (局领导批准): APPROVE at the last level moves the plan to
     * APPROVED, at an earlier level it waits for the next one; RETURN gives RETURNED. Each level
     * needs a person who has not yet decided on this round.
     */
    void approvePlan(Actor actor, long planId, Decision decision, String comment);
}
