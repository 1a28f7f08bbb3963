package org.spotcheck.planning.api;

import java.util.List;
import org.spotcheck.shared.Actor;

/**
 * The verifiable random draws (双随机): viewing and verifying a draw, the public view, the re-test lab draw. Every method applies the caller's
 * data scope: an official sees and acts on the plans of his own authority and on register entries within his own region.
 */
public interface Draws {

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

    /**
     * Draws the re-test lab (复检机构) at random among the labs qualified for the product, never the
     * original lab (R9), with the same verifiable algorithm as the plan draws (kind RETEST_LAB).
     */
    DrawView drawRetestLab(Actor actor, String productCode, String excludedLabCode, String reason);
}
