package org.spotcheck.planning.internal.web;

import java.util.List;
import java.util.Set;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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

    /**
     * Enterprise draws are public; inspector draws only for logged-in users; who drew is not public.
     * Until every case of the draw is sampled (Order 18 art. 14: no advance notice) only the
     * authority's planners, reviewers and approvers see seed, pool and result; everyone else the
     * commitment and the pool size.
     */
    @GetMapping("/api/draws/{id}")
    @PreAuthorize("permitAll()")
    DrawView draw(@PathVariable long id, Authentication auth) {
        DrawView draw = visible(id, auth);
        if (!draw.revealed() && !insider(auth)) {
            return draw.sealed();
        }
        return anonymous(auth) ? draw.anonymous() : draw;
    }

    /** Anyone may recompute a revealed draw (with its commitment); before that only the insiders. */
    @GetMapping("/api/draws/{id}/verify")
    @PreAuthorize("permitAll()")
    DrawVerification verify(@PathVariable long id, Authentication auth) {
        DrawView draw = visible(id, auth);
        if (!draw.revealed() && !insider(auth)) {
            throw new ConflictException("DRAW_NOT_REVEALED",
                    "抽样完成后公开，可据已公布的承诺值复核 / published after sampling; verify it then against the commitment published now");
        }
        return planning.verifyDraw(id);
    }

    static boolean anonymous(Authentication auth) {
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
    }

    /** The authority's planners, reviewers and approvers see a draw at once. */
    static boolean insider(Authentication auth) {
        return !anonymous(auth) && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> INSIDERS.contains(a));
    }

    private static final Set<String> INSIDERS = Set.of("ROLE_" + Role.PLANNER, "ROLE_" + Role.PLAN_REVIEWER,
            "ROLE_" + Role.PLAN_APPROVER);

    private DrawView visible(long id, Authentication auth) {
        DrawView draw = planning.getDraw(id);
        if (anonymous(auth) && !"ENTERPRISE".equals(draw.kind())) {
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
