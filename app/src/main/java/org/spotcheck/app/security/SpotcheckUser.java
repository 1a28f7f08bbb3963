package org.spotcheck.app.security;

import java.util.Collection;
import java.util.List;
import org.spotcheck.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in account: Spring Security's user plus the {@link Actor} the modules need. */
public class SpotcheckUser extends User {

    private final Actor actor;
    private final String displayName;

    public SpotcheckUser(Actor actor, String displayName, String passwordHash, boolean enabled) {
        super(actor.username(), passwordHash, enabled, true, true, true, authorities(actor));
        this.actor = actor;
        this.displayName = displayName;
    }

    public Actor actor() {
        return actor;
    }

    public String displayName() {
        return displayName;
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
}
