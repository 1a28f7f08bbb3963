package org.spotcheck.app.security;

import org.spotcheck.shared.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Actor} of the current request or, when nobody is logged in (timers), {@link Actor#SYSTEM}. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SpotcheckUser user) {
            return user.actor();
        }
        return Actor.SYSTEM;
    }

    /** The actor of the request, or null for an anonymous caller. */
    public static Actor orNull() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SpotcheckUser user ? user.actor() : null;
    }
}
