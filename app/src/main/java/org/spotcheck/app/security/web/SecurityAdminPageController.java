package org.spotcheck.app.security.web;

import java.util.Arrays;
import org.spotcheck.app.security.AccountAdministration;
import org.spotcheck.app.security.ApiTokenService;
import org.spotcheck.app.security.SecurityAdministration;
import org.spotcheck.app.web.ProblemTexts;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator's pages: roles and account locks, and the labs' API tokens. */
@Controller
class SecurityAdminPageController {

    private final AccountAdministration accounts;
    private final SecurityAdministration security;
    private final ApiTokenService tokens;
    private final ProblemTexts texts;

    SecurityAdminPageController(AccountAdministration accounts, SecurityAdministration security, ApiTokenService tokens,
            ProblemTexts texts) {
        this.texts = texts;
        this.accounts = accounts;
        this.security = security;
        this.tokens = tokens;
    }

    @GetMapping("/security/users")
    @PreAuthorize("hasRole('SEC_ADMIN')")
    String users(Model model) {
        model.addAttribute("users", accounts.users());
        model.addAttribute("roles", Arrays.asList(Role.values()));
        return "security/security-users";
    }

    @PostMapping("/security/users/{username}/roles")
    @PreAuthorize("hasRole('SEC_ADMIN')")
    String grant(Actor actor, @PathVariable String username, @RequestParam(required = false) Role role, RedirectAttributes redirect) {
        try {
            security.grant(actor, username, role);
        } catch (InvalidInputException | RuleViolationException | AccessRefusedException e) {
            return PageSessions.refused(texts, e, redirect, "/security/users");
        }
        return "redirect:/security/users";
    }

    @PostMapping("/security/users/{username}/roles/{role}/revoke")
    @PreAuthorize("hasRole('SEC_ADMIN')")
    String revoke(Actor actor, @PathVariable String username, @PathVariable Role role, RedirectAttributes redirect) {
        return PageSessions.unlessRefused(texts, redirect, "/security/users", () -> security.revoke(actor, username, role));
    }

    @PostMapping("/security/users/{username}/unlock")
    @PreAuthorize("hasRole('SEC_ADMIN')")
    String unlock(Actor actor, @PathVariable String username, RedirectAttributes redirect) {
        return PageSessions.unlessRefused(texts, redirect, "/security/users", () -> security.unlock(actor, username));
    }

    @PostMapping("/security/users/{username}/reset-second-factor")
    @PreAuthorize("hasRole('SEC_ADMIN')")
    String resetSecondFactor(Actor actor, @PathVariable String username, RedirectAttributes redirect) {
        return PageSessions.unlessRefused(texts, redirect, "/security/users", () -> security.resetSecondFactor(actor, username));
    }

    @GetMapping("/security/tokens")
    @PreAuthorize("hasRole('SEC_ADMIN')")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.list());
        model.addAttribute("labs", accounts.organisations().stream().filter(o -> "LAB".equals(o.orgType())).toList());
        return "security/security-tokens";
    }

    @PostMapping("/security/tokens")
    @PreAuthorize("hasRole('SEC_ADMIN')")
    String issue(Actor actor, @RequestParam(required = false) String labCode, @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer validDays, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("issued", tokens.issue(actor, labCode, name, validDays));
        } catch (InvalidInputException e) {
            return PageSessions.refused(texts, e, redirect, "/security/tokens");
        }
        return "redirect:/security/tokens";
    }

    @PostMapping("/security/tokens/{id}/revoke")
    @PreAuthorize("hasRole('SEC_ADMIN')")
    String revokeToken(Actor actor, @PathVariable long id) {
        tokens.revoke(actor, id);
        return "redirect:/security/tokens";
    }
}
