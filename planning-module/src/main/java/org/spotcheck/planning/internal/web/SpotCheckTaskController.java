package org.spotcheck.planning.internal.web;

import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.planning.api.RedrawCommand;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Spot-check tasks (抽查任务) as planning keeps them: who was drawn, for which lab. */
@RestController
@RequestMapping("/api/spot-check-tasks")
class SpotCheckTaskController {

    private final SpotCheckTasks spotCheckTasks;

    SpotCheckTaskController(SpotCheckTasks spotCheckTasks) {
        this.spotCheckTasks = spotCheckTasks;
    }

    /** The task within the caller's scope (his authority, his lab, his enterprise, or a drawn sampler). */
    @GetMapping("/{code}")
    @PreAuthorize("!hasAnyRole('SYS_ADMIN','SEC_ADMIN','AUDITOR')") // 三员分立: the system, security and audit administrators stay out of business records (issue 13.3)
    SpotCheckTaskView get(Actor actor, @PathVariable String code) {
        return spotCheckTasks.getSpotCheckTask(actor, code);
    }

    /** Draws the inspectors again before sampling; the reason is logged with the new draw. */
    @PostMapping("/{code}/redraw-inspectors")
    @PreAuthorize("hasRole('PLANNER')")
    SpotCheckTaskView redraw(Actor actor, @PathVariable String code, @RequestBody RedrawCommand command) {
        return spotCheckTasks.redrawInspectors(actor, code, command);
    }
}
