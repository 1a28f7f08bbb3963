package org.spotcheck.planning.internal.web;

import java.util.List;
import org.spotcheck.planning.api.ComplaintCommand;
import org.spotcheck.planning.api.ComplaintView;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Complaints;
import org.spotcheck.planning.api.SpecialPlanCommand;
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

/** Complaints (投诉举报) of the caller's authority, and special plans started from them. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final Complaints complaints;

    ComplaintController(Complaints complaints) {
        this.complaints = complaints;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER')")
    List<ComplaintView> list(Actor actor) {
        return complaints.complaints(actor);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLANNER')")
    ComplaintView record(Actor actor, @RequestBody ComplaintCommand command) {
        return complaints.recordComplaint(actor, command);
    }

    /** Drafts a special plan (专项) for the complaint's product and region. */
    @PostMapping("/{id}/special-plan")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLANNER')")
    PlanView startSpecialPlan(Actor actor, @PathVariable long id, @RequestBody SpecialPlanCommand command) {
        return complaints.startSpecialPlan(actor, id, command);
    }
}
