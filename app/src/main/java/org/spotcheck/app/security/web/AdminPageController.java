package org.spotcheck.app.security.web;

import org.spotcheck.app.security.AccountAdministration;
import org.spotcheck.app.security.AccountViews;
import org.spotcheck.app.security.UserSearch;
import org.spotcheck.app.web.ProblemTexts;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Paged;
import java.util.Map;
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
    private final UserSearch userSearch;

    AdminPageController(AccountAdministration administration, ProblemTexts texts, UserSearch userSearch) {
        this.texts = texts;
        this.administration = administration;
        this.userSearch = userSearch;
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    String users(@RequestParam Map<String, String> params, Model model) {
        // searched and paged in the database (issue 17.4); the filters stay in the URL
        Paged<AccountViews.UserView> found = userSearch.search(params.get("name"), params.get("org"), params.get("role"),
                params.get("state"), Paged.page(params.get("page")), Paged.size(params.get("size")));
        model.addAttribute("found", found);
        model.addAttribute("users", found.items());
        model.addAttribute("roles", org.spotcheck.shared.Role.values());
        model.addAttribute("states", UserSearch.STATES);
        model.addAttribute("filters", Paged.query(params, "name", "org", "role", "state", "size", "lang"));
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

    /**
     * 机构管理: the administrator sets an organisation's address and 文号 prefix (issue 17.3, ADR 0021); a refusal is
     * shown beside its field in that organisation's row, with what was typed kept.
     */
    @PostMapping("/admin/organisations/{code}/letterhead")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    @org.spotcheck.shared.RefusesControlCharactersItself
    String letterhead(Actor actor, @PathVariable String code, @RequestParam(required = false) String address,
            @RequestParam(required = false) String docPrefix, @RequestParam(required = false) String nameEn, Model model,
            RedirectAttributes redirect) {
        try {
            administration.updateLetterhead(actor, code, new AccountViews.Letterhead(address, docPrefix, nameEn == null ? "" : nameEn));
            redirect.addFlashAttribute("updated", code);
            return "redirect:/admin/organisations";
        } catch (InvalidInputException e) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.violations().forEach(v -> errors.putIfAbsent(v.field(), texts.of(v)));
            model.addAttribute("editCode", code);
            model.addAttribute("editErrors", errors);
            model.addAttribute("editValues", Map.of("address", address == null ? "" : org.spotcheck.shared.ControlCharacters.strip(address),
                    "docPrefix", docPrefix == null ? "" : org.spotcheck.shared.ControlCharacters.strip(docPrefix),
                    "nameEn", nameEn == null ? "" : org.spotcheck.shared.ControlCharacters.strip(nameEn)));
            return organisations(model);
        }
    }

    @PostMapping("/admin/organisations")
    @PreAuthorize("hasRole('SYS_ADMIN')")
    String createOrganisation(Actor actor, @RequestParam(required = false) String code, @RequestParam(required = false) OrgType orgType,
            @RequestParam(required = false) String name, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String nameEn, RedirectAttributes redirect) {
        try {
            AccountViews.OrganisationView created = administration.createOrganisation(actor,
                    new AccountViews.NewOrganisation(code, orgType, name, regionCode, nameEn));
            redirect.addFlashAttribute("created", created.code());
        } catch (InvalidInputException | ConflictException e) {
            return PageSessions.refused(texts, e, redirect, "/admin/organisations");
        }
        return "redirect:/admin/organisations";
    }
}
