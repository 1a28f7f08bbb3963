package org.spotcheck.app.security.web;

import java.util.List;
import org.spotcheck.app.security.AccountAdministration;
import org.spotcheck.app.security.AccountViews;
import org.spotcheck.app.security.ApiTokenService;
import org.spotcheck.app.security.SecurityAdministration;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The security administrator's API: roles, unlocking, second-factor resets and lab API tokens. */
@RestController
@PreAuthorize("hasRole('SEC_ADMIN')") // every endpoint: the security administrator alone (三员分立)
@RequestMapping("/api/security")
class SecurityAdminController {

    private final AccountAdministration accounts;
    private final SecurityAdministration security;
    private final ApiTokenService tokens;

    SecurityAdminController(AccountAdministration accounts, SecurityAdministration security, ApiTokenService tokens) {
        this.accounts = accounts;
        this.security = security;
        this.tokens = tokens;
    }

    @GetMapping("/users")
    List<AccountViews.UserView> users() {
        return accounts.users();
    }

    @PostMapping("/users/{username}/roles")
    AccountViews.UserView grant(Actor actor, @PathVariable String username, @RequestBody AccountViews.RoleGrant grant) {
        security.grant(actor, username, grant.role());
        return accounts.user(username);
    }

    @DeleteMapping("/users/{username}/roles/{role}")
    AccountViews.UserView revoke(Actor actor, @PathVariable String username, @PathVariable Role role) {
        security.revoke(actor, username, role);
        return accounts.user(username);
    }

    @PostMapping("/users/{username}/unlock")
    AccountViews.UserView unlock(Actor actor, @PathVariable String username) {
        security.unlock(actor, username);
        return accounts.user(username);
    }

    @PostMapping("/users/{username}/reset-second-factor")
    AccountViews.UserView resetSecondFactor(Actor actor, @PathVariable String username) {
        security.resetSecondFactor(actor, username);
        return accounts.user(username);
    }

    /**
     * Resets the password of an administrator (system, security or audit administrator): 三员分立, the
     * system administrator may not reset another administrator's password. A business account is
     * refused here (403 BUSINESS_RESET_NEEDS_SYSTEM_ADMIN): the system administrator resets those.
     */
    @PostMapping("/users/{username}/reset-password")
    AccountViews.InitialPassword resetAdminPassword(Actor actor, @PathVariable String username) {
        return accounts.resetPassword(actor, username);
    }

    @GetMapping("/tokens")
    List<ApiTokenService.TokenView> tokens() {
        return tokens.list();
    }

    /** Issues a token for one lab; the response carries the token, this once. */
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokenService.IssuedToken issue(Actor actor, @RequestBody AccountViews.NewToken command) {
        return tokens.issue(actor, command.labCode(), command.name(), command.validDays());
    }

    @PostMapping("/tokens/{id}/revoke")
    void revokeToken(Actor actor, @PathVariable long id) {
        tokens.revoke(actor, id);
    }
}
