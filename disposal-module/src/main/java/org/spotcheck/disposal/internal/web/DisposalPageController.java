package org.spotcheck.disposal.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spotcheck.disposal.api.DisposalApi;
import org.spotcheck.disposal.api.PublicationReleaseCommand;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.SpotcheckException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of result handling: the caller's cases, the publication review, and the public results (一公开). */
@Controller
class DisposalPageController {

    private final DisposalApi disposal;

    DisposalPageController(DisposalApi disposal) {
        this.disposal = disposal;
    }

    @GetMapping("/disposal/cases")
    @PreAuthorize("hasAnyRole('OFFICER','ENFORCER','PLANNER','ENTERPRISE')")
    String cases(Actor actor, Model model) {
        model.addAttribute("cases", disposal.listCases(actor));
        return "disposal/cases";
    }

    @GetMapping("/disposal/publications")
    @PreAuthorize("hasAnyRole('OFFICER','PLANNER')")
    String publications(Actor actor, Model model) {
        model.addAttribute("publications", disposal.listPublications(actor));
        return "disposal/publications";
    }

    /** The redaction review of one publication, from the page. */
    @PostMapping("/disposal/publications/{id}/release")
    @PreAuthorize("hasRole('OFFICER')")
    String release(Actor actor, @PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        PublicationReleaseCommand command = new PublicationReleaseCommand(params.get("enterpriseName"),
                params.get("productName"), params.get("trademark"), params.get("specification"), params.get("batchNumber"),
                params.get("conclusionText"), params.get("failedItemsText"), params.get("remark"),
                "true".equals(params.get("redactionChecked")));
        try {
            disposal.releasePublication(actor, id, command);
            redirect.addFlashAttribute("done", id);
            return "redirect:/disposal/publications";
        } catch (InvalidInputException e) {
            model.addAttribute("formError", e.getMessage());
        } catch (SpotcheckException e) {
            model.addAttribute("formError", e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>(params);
        model.addAttribute("failedId", id);
        model.addAttribute("values", values);
        model.addAttribute("publications", disposal.listPublications(actor));
        return "disposal/publications";
    }

    /** 一公开: released results and announcements, without login. */
    @GetMapping("/public/results")
    @PreAuthorize("permitAll()")
    String publicResults(Model model) {
        model.addAttribute("results", disposal.publicResults());
        return "disposal/public-results";
    }
}
