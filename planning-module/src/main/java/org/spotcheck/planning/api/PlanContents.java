package org.spotcheck.planning.api;

import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ProcessOnly;

/**
 * A plan's content and its course outside the approval round: drafting, reads, filing, issuing, closing, amendments and
 * their diff. Every method applies the caller's data scope: an official sees and acts on the plans of his own authority
 * and on register entries within his own region.
 */
public interface PlanContents {

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
