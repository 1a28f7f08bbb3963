package org.spotcheck.planning.api;

import java.util.List;

import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ProcessOnly;

/**
 * The spot-check tasks that issuing a plan creates, their status and their inspector team. Every method applies the caller's
 * data scope: an official sees and acts on the plans of his own authority and on register entries within his own region.
 */
public interface SpotCheckTasks {

    SpotCheckTaskView getSpotCheckTask(Actor actor, String code);

    /**
     * The task's sampling step has ended: with a sample sealed the task is SAMPLED (from CREATED only: a task already
     * further along keeps its status), without one (a refusal, nothing to sample) NOT_SAMPLED. Either way the case is
     * known to the enterprise and its draw may be published (issue 12.2c).
     */
    @ProcessOnly
    void recordSamplingEnded(Actor actor, String code, boolean sampled);

    /**
     * Records that a product was checked (after sampling), for the duplicate rule of later draws,
     * and marks the spot-check task SAMPLED. Process only; idempotent per task.
     */
    void recordCheckedProduct(Actor actor, CheckedProductCommand command);

    /** Draws the inspectors of a not yet sampled spot-check task again, with a logged reason. */
    SpotCheckTaskView redrawInspectors(Actor actor, String taskCode, RedrawCommand command);

    /**
     * Order 18 art. 8 para 3: a follow-up check of an earlier failure and an emergency check are exempt from
     * the six-month rules; the exemption of a task's plan item, or {@code null} when it has none.
     */
    SamplingExemption sixMonthExemption(String taskCode);

    /**
     * R3: the authorities above the task's organising authority, those whose region contains its region
     * (an enterprise already checked by a superior within six months is not checked again).
     */
    List<String> superiorAuthorities(String taskCode);
}
