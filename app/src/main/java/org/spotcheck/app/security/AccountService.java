package org.spotcheck.app.security;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts from sys_user for form login and HTTP Basic, with their lock and login state, and
 * re-hashes a password stored with a weaker bcrypt cost at the next successful login.
 */
@Service
public class AccountService implements UserDetailsService, UserDetailsPasswordService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserAccountMapper accounts;
    private final Clock clock = Clock.systemUTC();

    AccountService(UserAccountMapper accounts) {
        this.accounts = accounts;
    }

    /**
     * The account and its roles, read on every authenticated API request (HTTP Basic): two reads without a transaction
     * of their own ({@code SUPPORTS}; joins the caller's if there is one), so a request does not pay five more round
     * trips for a read-only transaction that READ COMMITTED makes pointless (issue 14). The account is read every
     * time, never cached: a locked, disabled or changed account is refused on the next request.
     */
    @Override
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public UserDetails loadUserByUsername(String username) {
        UserAccountMapper.UserAccountRow row = username == null ? null : accounts.find(username);
        if (row == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        return user(row, rolesOf(username));
    }

    /** Enabled accounts of an organisation holding one of the roles (the colleague picker). */
    @Transactional(readOnly = true)
    public java.util.List<UserAccountMapper.Colleague> colleagues(String orgCode, java.util.Collection<Role> roles) {
        if (roles.isEmpty()) {
            return java.util.List.of();
        }
        return accounts.members(orgCode, roles.stream().map(Role::name).toList());
    }

    Set<Role> rolesOf(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : accounts.roles(username)) {
            roles.add(Role.valueOf(role));
        }
        return roles;
    }

    SpotcheckUser user(UserAccountMapper.UserAccountRow row, Set<Role> roles) {
        Actor actor = new Actor(row.username, roles, row.orgCode, OrgType.valueOf(row.orgType), row.regionCode);
        boolean enabled = Boolean.TRUE.equals(row.enabled);
        if (!SeparationOfDuties.allowed(roles)) {
            // fail closed: an account that breaks 三员分立 (say, through a direct database change) cannot log in
            log.warn("account {} holds roles {} that break the separation of duties; login refused", row.username, roles);
            enabled = false;
        }
        boolean nonLocked = row.lockedUntil == null || !row.lockedUntil.isAfter(clock.instant());
        SpotcheckUser.LoginState state = new SpotcheckUser.LoginState(Boolean.TRUE.equals(row.mustChangePassword),
                Boolean.TRUE.equals(row.totpEnabled),
                SeparationOfDuties.needsSecondFactor(roles) && !Boolean.TRUE.equals(row.secondFactorExempt),
                row.failedAttempts == null ? 0 : row.failedAttempts, false);
        return new SpotcheckUser(actor, row.displayName, row.passwordHash, enabled, nonLocked, state);
    }

    /** A freshly loaded user for the session after a password change or an enrolment. */
    public SpotcheckUser reload(String username) {
        return (SpotcheckUser) loadUserByUsername(username);
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        // the stored hash had a weaker cost: same password, stronger hash; the initial-password flag stays
        UserAccountMapper.UserAccountRow row = accounts.find(user.getUsername());
        accounts.updatePassword(user.getUsername(), newPassword, Boolean.TRUE.equals(row.mustChangePassword),
                row.passwordChangedAt == null ? Instant.now(clock) : row.passwordChangedAt);
        return loadUserByUsername(user.getUsername());
    }
}
