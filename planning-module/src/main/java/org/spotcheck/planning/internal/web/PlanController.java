package org.spotcheck.planning.internal.web;

import java.util.List;
import org.spotcheck.planning.api.CandidatePool;
import org.spotcheck.planning.api.DraftPlanCommand;
import org.spotcheck.planning.api.PlanDiff;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Plans;
import org.spotcheck.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST endpoints of plans. Approval steps are workflow tasks (/api/tasks). */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final Plans plans;

    PlanController(Plans plans) {
        this.plans = plans;
    }

    /** Plans of the caller's authority. */
    @GetMapping
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','OFFICER')")
    List<PlanView> list(Actor actor) {
        return plans.listPlans(actor);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','OFFICER')")
    PlanView get(Actor actor, @PathVariable long id) {
        return plans.getPlan(actor, id);
    }

    /** Drafts a plan of the caller's authority. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLANNER')")
    PlanView draft(Actor actor, @RequestBody DraftPlanCommand command) {
        return plans.draftPlan(actor, command);
    }

    /** Replaces the content of a draft or returned plan (the drafter only). */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PLANNER')")
    PlanView update(Actor actor, @PathVariable long id, @RequestBody DraftPlanCommand command) {
        return plans.updatePlan(actor, id, command);
    }

    /** Submits a draft for approval; this starts the approval process. */
    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('PLANNER')")
    PlanView submit(Actor actor, @PathVariable long id, @RequestBody(required = false) CommentRequest request) {
        return plans.submitPlan(actor, id, request == null ? null : request.comment());
    }

    /** The drafter takes a submitted plan back before review (撤回); 409 once a reviewer took or decided it. */
    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('PLANNER')")
    PlanView withdraw(Actor actor, @PathVariable long id, @RequestBody(required = false) CommentRequest request) {
        return plans.withdrawPlan(actor, id, request == null ? null : request.comment());
    }

    /** Starts an amendment of an issued plan: a new version that goes through approval again. */
    @PostMapping("/{id}/amend")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PLANNER')")
    PlanView amend(Actor actor, @PathVariable long id, @RequestBody(required = false) CommentRequest request) {
        return plans.amendPlan(actor, id, request == null ? null : request.comment());
    }

    /** What this version changes against the version it amends. */
    @GetMapping("/{id}/diff")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER','OFFICER')")
    PlanDiff diff(Actor actor, @PathVariable long id) {
        return plans.diffPlan(actor, id);
    }

    /** The enterprises a draw for this item would choose from today, and those the 6-month rule leaves out. */
    @GetMapping("/{id}/items/{seq}/candidates")
    @PreAuthorize("hasAnyRole('PLANNER','PLAN_REVIEWER','PLAN_APPROVER')")
    CandidatePool candidates(Actor actor, @PathVariable long id, @PathVariable int seq) {
        return plans.candidates(actor, id, seq);
    }

    /** Optional comment. */
    record CommentRequest(String comment) {
    }
}
