package org.spotcheck.planning.internal.web;

import org.spotcheck.planning.api.DrawView;
import org.spotcheck.planning.api.PlanningApi;
import org.spotcheck.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 一公开: the re-verification of a draw as a page that says what was checked (the same rules as
 * {@code GET /api/draws/{id}/verify}: enterprise draws are public, inspector draws need a login, and
 * until sampling is done only the authority's planners, reviewers and approvers may recompute).
 */
@Controller
class DrawPageController {

    private final PlanningApi planning;

    DrawPageController(PlanningApi planning) {
        this.planning = planning;
    }

    @GetMapping("/public/draws/{id}/verify")
    @PreAuthorize("permitAll()")
    String verify(@PathVariable long id, Authentication auth, Model model) {
        DrawView draw = planning.getDraw(id);
        if (DrawController.anonymous(auth) && !"ENTERPRISE".equals(draw.kind())) {
            throw new NotFoundException("draw", id);
        }
        model.addAttribute("drawId", id);
        model.addAttribute("enterpriseDraw", "ENTERPRISE".equals(draw.kind()));
        if (!draw.revealed() && !DrawController.insider(auth)) {
            model.addAttribute("sealed", true);
            model.addAttribute("commitment", draw.commitment());
            return "planning/draw-verify";
        }
        model.addAttribute("sealed", false);
        model.addAttribute("v", planning.verifyDraw(id));
        return "planning/draw-verify";
    }
}
