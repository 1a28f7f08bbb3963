package org.spotcheck.app.security.web;

import jakarta.servlet.http.HttpServletRequest;
import org.spotcheck.app.security.AccountAdministration;
import org.spotcheck.app.security.AccountViews;
import org.spotcheck.app.security.PasswordChange;
import org.spotcheck.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account over the API: who he is, and the password change an initial password demands. */
@RestController
class AccountController {

    private final AccountAdministration accounts;
    private final PasswordChange passwordChange;

    AccountController(AccountAdministration accounts, PasswordChange passwordChange) {
        this.accounts = accounts;
        this.passwordChange = passwordChange;
    }

    @GetMapping("/api/account")
    @PreAuthorize("isAuthenticated()")
    AccountViews.Me me(Actor actor) {
        AccountViews.UserView user = actor.username().startsWith("api-token-") ? null : accounts.user(actor.username());
        if (user == null) {
            return new AccountViews.Me(actor.username(), actor.username(), actor.orgCode(), actor.orgType().name(),
                    actor.roles().stream().map(Enum::name).toList(), false, false, false);
        }
        return new AccountViews.Me(user.username(), user.displayName(), user.orgCode(), user.orgType(), user.roles(),
                user.mustChangePassword(), user.secondFactorEnrolled(), user.secondFactorRequired());
    }

    /** The caller's own e-mail address (blank removes it); 400 with the field for a bad one. */
    @org.springframework.web.bind.annotation.PutMapping("/api/account/email")
    @PreAuthorize("isAuthenticated()")
    AccountViews.UserView email(Actor actor, @RequestBody AccountViews.EmailAddress body) {
        return accounts.setEmail(actor, actor.username(), body.email());
    }

    @PostMapping("/api/account/password")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> changePassword(Actor actor, @RequestBody AccountViews.PasswordChangeRequest body, HttpServletRequest request) {
        passwordChange.change(actor.username(), body.currentPassword(), body.newPassword(), null, request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }
}
