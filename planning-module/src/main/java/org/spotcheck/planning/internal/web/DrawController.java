package org.spotcheck.planning.internal.web;

import java.security.Principal;
import java.util.List;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.planning.api.DrawVerification;
import org.spotcheck.planning.api.DrawView;
import org.spotcheck.planning.api.PlanningApi;
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

    private final PlanningApi planning;

    DrawController(PlanningApi planning) {
        this.planning = planning;
    }

    /** Enterprise draws are public; inspector draws only for logged-in users; who drew is not public. */
    @GetMapping("/api/draws/{id}")
    @PreAuthorize("permitAll()")
    DrawView draw(@PathVariable long id, Principal principal) {
        DrawView draw = visible(id, principal);
        return principal != null ? draw : draw.anonymous();
    }

    @GetMapping("/api/draws/{id}/verify")
    @PreAuthorize("permitAll()")
    DrawVerification verify(@PathVariable long id, Principal principal) {
        visible(id, principal);
        return planning.verifyDraw(id);
    }

    private DrawView visible(long id, Principal principal) {
        DrawView draw = planning.getDraw(id);
        if (principal == null && !"ENTERPRISE".equals(draw.kind())) {
            throw new NotFoundException("draw", id);
        }
        return draw;
    }

    @GetMapping("/api/public/plans")
    @PreAuthorize("permitAll()")
    List<PublicPlanView> publicPlans() {
        return planning.publicPlans();
    }
}
