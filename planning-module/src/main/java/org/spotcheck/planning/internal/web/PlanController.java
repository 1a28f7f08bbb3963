package org.spotcheck.planning.internal.web;

import java.util.List;
import org.spotcheck.planning.api.DraftPlanCommand;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.PlanningApi;
import org.spotcheck.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST endpoints of plans. Approval steps are workflow tasks (/api/tasks). */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final PlanningApi planning;

    PlanController(PlanningApi planning) {
        this.planning = planning;
    }

    /** Plans of the caller's authority. */
    @GetMapping
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','OFFICER')")
    List<PlanView> list(Actor actor) {
        return planning.listPlans(actor);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','OFFICER')")
    PlanView get(Actor actor, @PathVariable long id) {
        return planning.getPlan(actor, id);
    }

    /** Drafts a plan of the caller's authority. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLANNER')")
    PlanView draft(Actor actor, @RequestBody DraftPlanCommand command) {
        return planning.draftPlan(actor, command);
    }

    /** Submits a draft for approval; this starts the approval process. */
    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('PLANNER')")
    PlanView submit(Actor actor, @PathVariable long id, @RequestBody(required = false) SubmitRequest request) {
        return planning.submitPlan(actor, id, request == null ? null : request.comment());
    }

    /** Optional comment on submission. */
    record SubmitRequest(String comment) {
    }
}
