package org.spotcheck.app.lims.web;

import java.util.Map;
import org.spotcheck.app.lims.LimsService;
import org.spotcheck.shared.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * LIMS integration: a lab's system submits the results of a sample, which drafts the report and
 * moves the case to review, exactly as the page does. Body: {@code {"results": {"PB-01": "符合", ...},
 * "overrides": {...}, "overrideReasons": {...}}}. Header {@code Idempotency-Key} is required; a
 * replayed answer carries {@code Idempotent-Replayed: true}.
 */
@RestController
class LimsController {

    private final LimsService lims;

    LimsController(LimsService lims) {
        this.lims = lims;
    }

    /** A lab's system (a lab token acts as LAB_TESTER of its lab) or a lab tester submits results. */
    @PostMapping("/api/lims/lab-samples/{id}/results")
    @PreAuthorize("hasRole('LAB_TESTER')")
    ResponseEntity<String> submitResults(Actor actor, @PathVariable long id,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody(required = false) Map<String, Object> body) {
        org.spotcheck.app.lims.IdempotencyKeys.Answer outcome = lims.submitResults(actor, id, idempotencyKey, body);
        return ResponseEntity.status(outcome.status()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(outcome.body());
    }
}
