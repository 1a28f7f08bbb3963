package org.spotcheck.app.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.spotcheck.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in account (or a lab system's API token): Spring Security's user plus the {@link Actor} the modules need. */
public class SpotcheckUser extends User {

    private final Actor actor;
    private final String displayName;
    private final LoginState state;

    public SpotcheckUser(Actor actor, String displayName, String passwordHash, boolean enabled) {
        this(actor, displayName, passwordHash, enabled, true, LoginState.NORMAL);
    }

    public SpotcheckUser(Actor actor, String displayName, String passwordHash, boolean enabled, boolean accountNonLocked,
            LoginState state) {
        super(actor.username(), passwordHash == null ? "" : passwordHash, enabled, true, true, accountNonLocked, authorities(actor));
        this.actor = actor;
        this.displayName = displayName;
        this.state = state;
    }

    public Actor actor() {
        return actor;
    }

    public String displayName() {
        return displayName;
    }

    public LoginState state() {
        return state;
    }

    private static Collection<GrantedAuthority> authorities(Actor actor) {
        return actor.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    List<String> roleNames() {
        return actor.roles().stream().map(Enum::name).toList();
    }

    /**
     * What the account still owes before it may work: a password change, a second-factor enrolment.
     *
     * @param mustChangePassword  the password is an initial one (set by the system administrator)
     * @param totpEnabled         a second factor is enrolled, so page logins are challenged and HTTP Basic is refused
     * @param secondFactorRequired the roles need a second factor and the account is not a seeded demo account
     * @param failedAttempts      failed logins since the last success
     * @param apiToken            the caller is a lab system with an API token, not a person
     */
    public record LoginState(boolean mustChangePassword, boolean totpEnabled, boolean secondFactorRequired, int failedAttempts,
            boolean apiToken) implements Serializable {
        public static final LoginState NORMAL = new LoginState(false, false, false, 0, false);
        public static final LoginState TOKEN = new LoginState(false, false, false, 0, true);

        /** Whether the account must enrol a second factor before doing anything else. */
        public boolean mustEnrolSecondFactor() {
            return secondFactorRequired && !totpEnabled;
        }
    }
}
