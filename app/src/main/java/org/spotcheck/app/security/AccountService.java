package org.spotcheck.app.security;

import java.util.EnumSet;
import java.util.Set;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts from sys_user for form login and HTTP Basic. */
@Service
public class AccountService implements UserDetailsService {

    private final UserAccountMapper accounts;

    AccountService(UserAccountMapper accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccountMapper.UserAccountRow row = username == null ? null : accounts.find(username);
        if (row == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : accounts.roles(username)) {
            roles.add(Role.valueOf(role));
        }
        Actor actor = new Actor(row.username, roles, row.orgCode, OrgType.valueOf(row.orgType), row.regionCode);
        return new SpotcheckUser(actor, row.displayName, row.passwordHash, Boolean.TRUE.equals(row.enabled));
    }
}
