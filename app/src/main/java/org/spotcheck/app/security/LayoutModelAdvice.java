package org.spotcheck.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user's display name and organisation into every page model. */
@ControllerAdvice(annotations = Controller.class)
public class LayoutModelAdvice {

    @ModelAttribute("currentUser")
    SpotcheckUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SpotcheckUser user ? user : null;
    }
}
