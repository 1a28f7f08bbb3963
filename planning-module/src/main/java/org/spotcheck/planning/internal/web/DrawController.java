package org.spotcheck.planning.internal.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.planning.api.DrawVerification;
import org.spotcheck.planning.api.DrawView;
import org.spotcheck.planning.api.Draws;
import org.spotcheck.planning.api.PublicPlanView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Draws and their verification. 一公开: anyone may re-verify a draw; the stored pool holds
 * register codes, not personal data.
 */
@RestController
class DrawController {

    private final Draws draws;

    DrawController(Draws draws) {
        this.draws = draws;
    }

    /**
     * Enterprise draws are public; inspector draws only for logged-in users; who drew is not public.
     * Until every case of the draw is sampled (Order 18 art. 14: no advance notice) only the
     * planners, reviewers and approvers of the plan's own authority see seed, pool and result;
     * everyone else the commitment and the pool size (the planning module decides, issue 12.2a).
     */
    @GetMapping("/api/draws/{id}")
    @PreAuthorize("permitAll()")
    DrawView draw(@PathVariable long id, @Nullable Actor actor) {
        DrawView draw = draws.getDraw(actor, id);
        if (actor == null && !"ENTERPRISE".equals(draw.kind())) {
            throw new NotFoundException("draw", id);
        }
        return actor == null ? draw.anonymous() : draw;
    }

    /** Anyone may recompute a revealed draw (with its commitment); before that only the insiders. */
    @GetMapping("/api/draws/{id}/verify")
    @PreAuthorize("permitAll()")
    DrawVerification verify(@PathVariable long id, @Nullable Actor actor) {
        if (actor == null && !"ENTERPRISE".equals(draws.getDraw(null, id).kind())) {
            throw new NotFoundException("draw", id);
        }
        return draws.verifyDraw(actor, id);
    }

    @GetMapping("/api/public/plans")
    @PreAuthorize("permitAll()")
    List<PublicPlanView> publicPlans() {
        return draws.publicPlans();
    }
}
