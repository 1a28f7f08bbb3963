package org.spotcheck.planning.internal.web;

import org.spotcheck.planning.api.DrawView;
import org.spotcheck.planning.api.Draws;
import org.jspecify.annotations.Nullable;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
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

    private final Draws planning;

    DrawPageController(Draws planning) {
        this.planning = planning;
    }

    @GetMapping("/public/draws/{id}/verify")
    @PreAuthorize("permitAll()")
    String verify(@PathVariable long id, @Nullable Actor actor, Model model) {
        DrawView draw = planning.getDraw(actor, id);
        if (actor == null && !"ENTERPRISE".equals(draw.kind())) {
            throw new NotFoundException("draw", id);
        }
        model.addAttribute("drawId", id);
        model.addAttribute("enterpriseDraw", "ENTERPRISE".equals(draw.kind()));
        try {
            // the planning module decides who may recompute before sampling (issue 12.2a)
            model.addAttribute("v", planning.verifyDraw(actor, id));
            model.addAttribute("sealed", false);
        } catch (ConflictException e) {
            if (!"DRAW_NOT_REVEALED".equals(e.rule())) {
                throw e;
            }
            model.addAttribute("sealed", true);
            model.addAttribute("commitment", draw.commitment());
        }
        return "planning/draw-verify";
    }
}
