package org.spotcheck.planning.api;

import java.util.List;
import java.util.Map;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ProcessOnly;
import org.spotcheck.shared.Decision;

/**
 * The planning module's facade: registers, annual and special plans, their approval, the
 * verifiable random draws (双随机) and the spot-check tasks that issuing a plan creates.
 * Every method applies the caller's data scope: an official sees and acts on the plans of his
 * own authority and on register entries within his own region.
 */
public interface PlanningApi {

    // ------------------------------------------------------------------ plans

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
    PlanView withdrawReview(Actor actor, long planId, String comment);

    /**
     * One countersigner's opinion (会签) on a reviewed annual plan: APPROVE agrees, RETURN disagrees
     * and needs a comment. The plan stays REVIEWED until the countersign concludes.
     */
    PlanView countersignPlan(Actor actor, long planId, Decision decision, String comment);

    /**
     * The countersign concluded (the system, from the workflow): passed, the plan waits for the
     * directors; failed, it is RETURNED to its drafter with the summary.
     */
    PlanView concludeCountersign(long planId, boolean passed, String summary);

    /** Section review (科室审核): APPROVE moves the plan to REVIEWED, RETURN to RETURNED. */
    PlanView reviewPlan(Actor actor, long planId, Decision decision, String comment);

    /**
     * One level of director approval (局领导批准): APPROVE at the last level moves the plan to
     * APPROVED, at an earlier level it waits for the next one; RETURN gives RETURNED. Each level
     * needs a person who has not yet decided on this round.
     */
    PlanView approvePlan(Actor actor, long planId, Decision decision, String comment);

    /** Records that the APPROVED plan was filed with the superior authority (报上一级备案). Process only. */
    PlanView fileWithSuperior(Actor actor, long planId);

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

    // ------------------------------------------------------------------ complaints and special plans

    ComplaintView recordComplaint(Actor actor, ComplaintCommand command);

    List<ComplaintView> complaints(Actor actor);

    /** Drafts a special plan (专项) from a complaint: one item for the complaint's product and region. */
    PlanView startSpecialPlan(Actor actor, long complaintId, SpecialPlanCommand command);

    // ------------------------------------------------------------------ spot-check tasks and draws

    SpotCheckTaskView getSpotCheckTask(Actor actor, String code);

    /** Records the task's progress (IN_SAMPLING, IN_TESTING, RESULT_HANDLING, CLOSED). */
    @ProcessOnly
    void updateSpotCheckTaskStatus(Actor actor, String code, String status);

    /**
     * Records that a product was checked (after sampling), for the duplicate rule of later draws,
     * and marks the spot-check task SAMPLED. Process only; idempotent per task.
     */
    void recordCheckedProduct(Actor actor, CheckedProductCommand command);

    /** Draws the inspectors of a not yet sampled spot-check task again, with a logged reason. */
    SpotCheckTaskView redrawInspectors(Actor actor, String taskCode, RedrawCommand command);

    /**
     * A draw as the caller may see it: until every case of the draw is sampled (Order 18 art. 14) only
     * the planners, reviewers and approvers of the plan's own authority see seed, pool and result,
     * everyone else (and {@code actor == null}, the public) the commitment and the pool size.
     */
    DrawView getDraw(Actor actor, long drawId);

    /**
     * Recomputes a stored draw from its seed and stored pool and compares with what was stored;
     * before it is revealed only for the insiders of {@link #getDraw}, else 409 DRAW_NOT_REVEALED.
     */
    DrawVerification verifyDraw(Actor actor, long drawId);

    /** Public (一公开) view of approved and issued plans with their draw results, without personal data. */
    List<PublicPlanView> publicPlans();

    // ------------------------------------------------------------------ registers

    List<AuthorityView> authorities();

    List<EnterpriseView> enterprises(Actor actor);

    List<LabView> labs();

    List<ProductView> products();

    List<InspectorView> inspectors(Actor actor);

    /**
     * Declares a lab's conflict of interest with an enterprise for a product (R21): by the lab's
     * authorised signatory for his own lab, or by a planner. Declaring the same one again returns it.
     * Such a lab is refused for plan items whose enterprises may include that one (LAB_CONFLICT).
     */
    LabConflictView declareLabConflict(Actor actor, DeclareLabConflictCommand command);

    /** A lab sees its own declared conflicts; authority staff see all. */
    List<LabConflictView> labConflicts(Actor actor);

    /**
     * Adds one register entry from the same columns as the import (snake_case keys, for example
     * {@code credit_code}). Errors name the column.
     */
    ImportResult createRegisterEntry(Actor actor, RegisterKind kind, Map<String, String> values);

    /**
     * Imports a CSV or XLSX file into a register, all or nothing: a file with any bad row is
     * refused whole with one error per row and column ({@code row 3 / credit_code}).
     */
    ImportResult importRegister(Actor actor, RegisterKind kind, UploadedFile file);

    // ------------------------------------------------------------------ implementation rules

    RuleView getRule(long ruleId);

    /** The active implementation rule of a product. */
    RuleView activeRule(String productCode);

    /** Every version of every implementation rule, newest first, without items. */
    List<RuleView> rules();

    /** A new DRAFT version of a product's rule. */
    RuleView draftRule(Actor actor, RuleDraftCommand command);

    /** Replaces the test items of a DRAFT rule from a CSV or XLSX file, all or nothing. */
    RuleView importRuleItems(Actor actor, long ruleId, UploadedFile file);

    /** A new DRAFT version copied from a published one (the way to change a published rule). */
    RuleView newRuleVersion(Actor actor, long ruleId, String version);

    /** Publishes a DRAFT: it becomes ACTIVE and the product's previous ACTIVE version SUPERSEDED. */
    RuleView publishRule(Actor actor, long ruleId);

    /**
     * Draws the re-test lab (复检机构) at random among the labs qualified for the product, never the
     * original lab (R9), with the same verifiable algorithm as the plan draws (kind RETEST_LAB).
     */
    DrawView drawRetestLab(Actor actor, String productCode, String excludedLabCode, String reason);

    /** One register enterprise (snapshots for result handling and statistics: industry, size, region). */
    EnterpriseView getEnterprise(String code);
}
