package org.spotcheck.planning.api;

import java.util.List;
import org.spotcheck.shared.Actor;

/**
 * Complaints and reports (投诉举报) and the special plans (专项) started from them. Every method applies the caller's
 * data scope: an official sees and acts on the plans of his own authority and on register entries within his own region.
 */
public interface Complaints {

    ComplaintView recordComplaint(Actor actor, ComplaintCommand command);

    List<ComplaintView> complaints(Actor actor);

    /** Drafts a special plan (专项) from a complaint: one item for the complaint's product and region. */
    PlanView startSpecialPlan(Actor actor, long complaintId, SpecialPlanCommand command);
}
