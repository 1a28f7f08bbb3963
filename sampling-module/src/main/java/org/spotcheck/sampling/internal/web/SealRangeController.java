package org.spotcheck.sampling.internal.web;

import java.util.List;
import org.spotcheck.sampling.api.IssueSealRangeCommand;
import org.spotcheck.sampling.api.IssuedSealRangeView;
import org.spotcheck.sampling.api.SealRangeApi;
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

/**
 * The seal ranges (封条号段) of the caller's authority (issue 19): its planners issue them to its samplers and withdraw
 * them. Samplers receive the ranges in force with their cases ({@code GET /api/field/cases}).
 */
@RestController
@RequestMapping("/api/seal-ranges")
@PreAuthorize("hasRole('PLANNER')")
class SealRangeController {

    private final SealRangeApi sealRanges;

    SealRangeController(SealRangeApi sealRanges) {
        this.sealRanges = sealRanges;
    }

    @GetMapping
    List<IssuedSealRangeView> list(Actor actor) {
        return sealRanges.issuedSealRanges(actor);
    }

    @GetMapping("/{id}")
    IssuedSealRangeView get(Actor actor, @PathVariable long id) {
        return sealRanges.issuedSealRange(actor, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedSealRangeView issue(Actor actor, @RequestBody IssueSealRangeCommand command) {
        return sealRanges.issueSealRange(actor, command);
    }

    /** A withdrawn range allows no new seal; the seals already used from it stay valid. */
    @PostMapping("/{id}/withdraw")
    IssuedSealRangeView withdraw(Actor actor, @PathVariable long id) {
        return sealRanges.withdrawSealRange(actor, id);
    }
}
