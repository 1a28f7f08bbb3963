package org.spotcheck.app.security.web;

import org.spotcheck.app.security.AccountAdministration;
import org.spotcheck.app.security.AccountViews;
import org.spotcheck.app.web.ProblemTexts;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.OrgType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's pages: accounts and organisations. */
@Controller
class AdminPageController {

    private final AccountAdministration administration;
    private final ProblemTexts texts;

    AdminPageController(AccountAdministration administration, ProblemTexts texts) {
        this.texts = texts;
        this.administration = administration;
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    String users(Model model) {
        model.addAttribute("users", administration.users());
        model.addAttribute("organisations", administration.organisations());
        return "security/admin-users";
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    String create(Actor actor, @RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String orgCode, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("initial", administration.createUser(actor, new AccountViews.NewUser(username, displayName, orgCode)));
        } catch (InvalidInputException | ConflictException e) {
            return PageSessions.refused(texts, e, redirect, "/admin/users");
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/disable")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    String disable(Actor actor, @PathVariable String username, RedirectAttributes redirect) {
        return enabled(actor, username, false, redirect);
    }

    @PostMapping("/admin/users/{username}/enable")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    String enable(Actor actor, @PathVariable String username, RedirectAttributes redirect) {
        return enabled(actor, username, true, redirect);
    }

    private String enabled(Actor actor, String username, boolean enabled, RedirectAttributes redirect) {
        return PageSessions.unlessRefused(texts, redirect, "/admin/users", () -> administration.setEnabled(actor, username, enabled));
    }

    /** Sets the account's e-mail address; a bad one is shown on the page. */
    @PostMapping("/admin/users/{username}/email")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    String email(Actor actor, @PathVariable String username, @RequestParam(required = false) String email,
            RedirectAttributes redirect) {
        try {
            administration.setEmail(actor, username, email);
        } catch (InvalidInputException e) {
            return PageSessions.refused(texts, e, redirect, "/admin/users");
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/reset-password")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    String resetPassword(Actor actor, @PathVariable String username, RedirectAttributes redirect) {
        return PageSessions.unlessRefused(texts, redirect, "/admin/users", () -> redirect.addFlashAttribute("initial", administration.resetPassword(actor, username)));
    }

    @GetMapping("/admin/organisations")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    String organisations(Model model) {
        model.addAttribute("organisations", administration.organisations());
        model.addAttribute("orgTypes", OrgType.values());
        return "security/admin-organisations";
    }

    @PostMapping("/admin/organisations")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    String createOrganisation(Actor actor, @RequestParam(required = false) String code, @RequestParam(required = false) OrgType orgType,
            @RequestParam(required = false) String name, @RequestParam(required = false) String regionCode, RedirectAttributes redirect) {
        try {
            AccountViews.OrganisationView created = administration.createOrganisation(actor,
                    new AccountViews.NewOrganisation(code, orgType, name, regionCode));
            redirect.addFlashAttribute("created", created.code());
        } catch (InvalidInputException | ConflictException e) {
            return PageSessions.refused(texts, e, redirect, "/admin/organisations");
        }
        return "redirect:/admin/organisations";
    }
}
