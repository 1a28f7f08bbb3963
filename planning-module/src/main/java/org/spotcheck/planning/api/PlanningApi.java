package org.spotcheck.planning.api;

import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Decision;

/**
 * The planning module's facade: registers, annual and special plans, their approval, the
 * verifiable random draws (双随机) and the spot-check tasks that issuing a plan creates.
 * Every method applies the caller's data scope.
 */
public interface PlanningApi {

    /** Drafts a plan of the caller's authority (status DRAFT). */
    PlanView draftPlan(Actor actor, DraftPlanCommand command);

    /** Plans the caller may see: those of his own authority. */
    List<PlanView> listPlans(Actor actor);

    PlanView getPlan(Actor actor, long planId);

    /** The drafter submits a DRAFT plan for review (status SUBMITTED); this starts the approval process. */
    PlanView submitPlan(Actor actor, long planId, String comment);

    /** The drafter sends a RETURNED plan back to review, from the process's revise task. */
    PlanView resubmitPlan(Actor actor, long planId, String comment);

    /** Section review (科室审核): APPROVE moves the plan to REVIEWED, RETURN to RETURNED. */
    PlanView reviewPlan(Actor actor, long planId, Decision decision, String comment);

    /** Director approval (局领导批准): APPROVE moves the plan to APPROVED, RETURN to RETURNED. */
    PlanView approvePlan(Actor actor, long planId, Decision decision, String comment);

    /**
     * Issues an APPROVED plan (下达): draws the enterprises and samplers of every item at random
     * and creates one spot-check task per drawn enterprise.
     *
     * @return the codes of the spot-check tasks created, which are also the case numbers
     */
    List<String> issuePlan(Actor actor, long planId);

    /** Marks an ISSUED plan CLOSED once all its spot-check tasks are finished. */
    void closePlan(Actor actor, long planId);

    SpotCheckTaskView getSpotCheckTask(Actor actor, String code);

    /** Records the task's progress (IN_SAMPLING, IN_TESTING, RESULT_HANDLING, CLOSED). */
    void updateSpotCheckTaskStatus(Actor actor, String code, String status);

    RuleView getRule(long ruleId);

    /** The active implementation rule of a product. */
    RuleView activeRule(String productCode);

    DrawView getDraw(long drawId);

    /** Recomputes a stored draw from its seed and stored pool and compares with what was stored. */
    DrawVerification verifyDraw(long drawId);

    List<AuthorityView> authorities();

    List<EnterpriseView> enterprises(Actor actor);

    List<LabView> labs();

    List<ProductView> products();

    List<InspectorView> inspectors(Actor actor);

    /** Public (一公开) view of approved and issued plans with their draw results, without personal data. */
    List<PublicPlanView> publicPlans();

    /**
     * Draws the re-test lab (复检机构) at random among the labs qualified for the product, never the
     * original lab (R9), with the same verifiable algorithm as the plan draws (kind RETEST_LAB).
     */
    DrawView drawRetestLab(Actor actor, String productCode, String excludedLabCode, String reason);

    /** One register enterprise (snapshots for result handling and statistics: industry, size, region). */
    EnterpriseView getEnterprise(String code);
}
