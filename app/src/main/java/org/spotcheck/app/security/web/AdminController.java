package org.spotcheck.app.security.web;

import java.util.List;
import org.spotcheck.app.security.AccountAdministration;
import org.spotcheck.app.security.AccountViews;
import org.spotcheck.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The system administrator's API: accounts and organisations (no roles: see {@link SecurityAdminController}). */
@RestController
@PreAuthorize("hasRole('SYS_ADMIN')") // every endpoint: the system administrator alone (三员分立)
@RequestMapping("/api/admin")
class AdminController {

    private final AccountAdministration administration;

    AdminController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/users")
    List<AccountViews.UserView> users() {
        return administration.users();
    }

    /** Creates an account; the response carries its initial password, this once. */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    AccountViews.InitialPassword create(Actor actor, @RequestBody AccountViews.NewUser command) {
        return administration.createUser(actor, command);
    }

    @PostMapping("/users/{username}/disable")
    AccountViews.UserView disable(Actor actor, @PathVariable String username) {
        return administration.setEnabled(actor, username, false);
    }

    @PostMapping("/users/{username}/enable")
    AccountViews.UserView enable(Actor actor, @PathVariable String username) {
        return administration.setEnabled(actor, username, true);
    }

    /** The account's e-mail address for reminders and served notices ({@code null} or blank removes it). */
    @org.springframework.web.bind.annotation.PutMapping("/users/{username}/email")
    AccountViews.UserView email(Actor actor, @PathVariable String username,
            @org.springframework.web.bind.annotation.RequestBody AccountViews.EmailAddress body) {
        return administration.setEmail(actor, username, body.email());
    }

    @PostMapping("/users/{username}/reset-password")
    AccountViews.InitialPassword resetPassword(Actor actor, @PathVariable String username) {
        return administration.resetPassword(actor, username);
    }

    @GetMapping("/organisations")
    List<AccountViews.OrganisationView> organisations() {
        return administration.organisations();
    }

    @PostMapping("/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    AccountViews.OrganisationView createOrganisation(Actor actor, @RequestBody AccountViews.NewOrganisation command) {
        return administration.createOrganisation(actor, command);
    }
}
