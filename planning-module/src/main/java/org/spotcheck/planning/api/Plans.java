package org.spotcheck.planning.api;

import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ProcessOnly;
import org.spotcheck.shared.Decision;

/**
 * Plans: drafting, the approval round, filing, issuing, closing, amendments and their diff. Every method applies the caller's
 * data scope: an official sees and acts on the plans of his own authority and on register entries within his own region.
 */
public interface Plans {

    /** Drafts a plan of the caller's authority (status DRAFT). */
    PlanView draftPlan(Actor actor, DraftPlanCommand command);

    /**
     * The drafter replaces the content of a DRAFT or RETURNED plan. In an amendment, items carried
     * from the issued version keep their draw conditions (product, region, lab, batches, shares,
     * exemptions) and cannot be removed: their draws stand.
     */
    PlanView updatePlan(Actor actor, long planId, DraftPlanCommand command);

    /** Plans the caller may see: those of his own authority. */
    List<PlanView> listPlans(Actor actor);

    /** One page of the plans the caller may see (his own authority's) that match, newest first, with how many match in all (issue 17.4). */
    org.spotcheck.shared.Paged<PlanView> searchPlans(Actor actor, PlanQuery query);

    /** The regions named by the plans the caller may see (his own authority's) and their items, by code (issue 17). */
    List<String> planRegions(Actor actor);

    PlanView getPlan(Actor actor, long planId);

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
     * directors; failed, it is RETURNED to its drafter with the summary.
     */
    void concludeCountersign(long planId, boolean passed, String summary);

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

    /** Records that the APPROVED plan was filed with the superior authority (报上一级备案). Process only. */
    void fileWithSuperior(Actor actor, long planId);

    /**
     * Issues a filed plan (下达): draws the enterprises and inspectors of every new item at random
     * and creates one spot-check task per drawn enterprise. Issuing an amendment supersedes the
     * version it amends; its carried items keep their draws and tasks.
     *
     * @return the codes of the spot-check tasks created, which are also the case numbers
     */
    @ProcessOnly
    List<String> issuePlan(Actor actor, long planId);

    /** Marks an ISSUED plan CLOSED once all its spot-check tasks are finished. */
    @ProcessOnly
    void closePlan(Actor actor, long planId);

    /**
     * Starts an amendment of an ISSUED plan: a new version (DRAFT) with the same items, which goes
     * through approval again.
     */
    PlanView amendPlan(Actor actor, long planId, String comment);

    /** What a version changes against the version it amends. */
    PlanDiff diffPlan(Actor actor, long planId);

    /** The enterprises a plan item's draw would choose from today, and those the duplicate rule leaves out. */
    CandidatePool candidates(Actor actor, long planId, int itemSeq);
}
