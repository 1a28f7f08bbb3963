package org.spotcheck.app.workflow.web;

import java.util.List;
import java.util.Map;
import org.spotcheck.app.workflow.TaskInboxService;
import org.spotcheck.app.workflow.TaskView;
import org.spotcheck.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The task inbox over HTTP. Any logged-in user may call it; each call is limited to the tasks of
 * the caller's roles within his organisation, and completing runs the step's own checks.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskInboxService inbox;

    TaskController(TaskInboxService inbox) {
        this.inbox = inbox;
    }

    /** The caller's inbox: tasks assigned to him or claimable by him. */
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<TaskView> list(Actor actor) {
        return inbox.inbox(actor);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    Map<String, Object> get(Actor actor, @PathVariable String id) {
        return Map.of("task", inbox.get(actor, id), "context", inbox.pageModel(actor, id));
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize("isAuthenticated()")
    TaskView claim(Actor actor, @PathVariable String id) {
        return inbox.claim(actor, id);
    }

    @PostMapping("/{id}/unclaim")
    @PreAuthorize("isAuthenticated()")
    TaskView unclaim(Actor actor, @PathVariable String id) {
        return inbox.unclaim(actor, id);
    }

    /** Completes the task with the step's form fields as a JSON object. */
    @PostMapping("/{id}/complete")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> complete(Actor actor, @PathVariable String id, @RequestBody(required = false) Map<String, Object> form) {
        inbox.complete(actor, id, form);
        return ResponseEntity.noContent().build();
    }
}
