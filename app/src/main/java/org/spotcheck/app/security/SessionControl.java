package org.spotcheck.app.security;

import java.util.List;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;

/**
 * Ends page sessions (ASVS 7.4.1, 7.4.2, 7.4.5): when an account is disabled, its roles change, its
 * password is reset or changed, or its second factor is reset. An expired session is refused on its
 * next request by Spring Security's concurrent-session filter. The API is stateless: each request
 * loads the account again.
 */
@Component
public class SessionControl {

    private final SessionRegistry registry;

    SessionControl(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Expires every session of the user except {@code keepSessionId} (null: all). Returns how many. */
    public int endSessions(String username, String keepSessionId) {
        List<SessionInformation> sessions = registry.getAllSessions(new User(username, "", List.of()), false);
        int ended = 0;
        for (SessionInformation session : sessions) {
            if (!session.getSessionId().equals(keepSessionId)) {
                session.expireNow();
                ended++;
            }
        }
        return ended;
    }

    public int activeSessions(String username) {
        return registry.getAllSessions(new User(username, "", List.of()), false).size();
    }
}
