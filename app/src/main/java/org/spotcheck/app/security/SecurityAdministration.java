package org.spotcheck.app.security;

import java.util.EnumSet;
import java.util.Set;
import org.spotcheck.app.audit.AuditFilter;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Role;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security administrator's work (安全管理员): roles, unlocking accounts, resetting second
 * factors (API tokens are in {@link ApiTokenService}). He cannot change his own roles, a role goes
 * only to an account of its kind of organisation, and no grant may break the separation of duties.
 */
@Service
public class SecurityAdministration {

    private final UserAccountMapper accounts;
    private final AccountService accountService;
    private final SessionControl sessions;

    SecurityAdministration(UserAccountMapper accounts, AccountService accountService, SessionControl sessions) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.sessions = sessions;
    }

    @Transactional
    public void grant(Actor by, String username, Role role) {
        UserAccountMapper.UserAccountRow row = target(by, username);
        if (role == null) {
            throw InvalidInputException.of("role", "REQUIRED", "role required");
        }
        if (role.orgType() != OrgType.valueOf(row.orgType)) {
            throw new RuleViolationException("role", "ROLE_NOT_FOR_ORGANISATION",
                    "role " + role + " belongs to a " + role.orgType() + ", the account to a " + row.orgType, role, role.orgType(), row.orgType);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(accountService.rolesOf(username));
        if (roles.contains(role)) {
            return;
        }
        roles.add(role);
        if (!SeparationOfDuties.allowed(roles)) {
            throw new RuleViolationException("role", "SEPARATION_OF_DUTIES",
                    "the system, security and audit administrator roles cannot be combined with any other role");
        }
        accounts.insertRole(username, role.name());
        int ended = sessions.endSessions(username, null);
        AuditFilter.describe("granted " + role + " to " + username + "; sessions ended: " + ended);
    }

    @Transactional
    public void revoke(Actor by, String username, Role role) {
        target(by, username);
        accounts.deleteRole(username, role.name());
        int ended = sessions.endSessions(username, null);
        AuditFilter.describe("revoked " + role + " from " + username + "; sessions ended: " + ended);
    }

    @Transactional
    public void unlock(Actor by, String username) {
        target(by, username);
        accounts.unlock(username);
        AuditFilter.describe("unlocked " + username);
    }

    @Transactional
    public void resetSecondFactor(Actor by, String username) {
        target(by, username);
        accounts.resetTotp(username);
        accounts.deleteRecoveryCodes(username);
        int ended = sessions.endSessions(username, null);
        AuditFilter.describe("reset the second factor of " + username + "; sessions ended: " + ended);
    }

    private UserAccountMapper.UserAccountRow target(Actor by, String username) {
        UserAccountMapper.UserAccountRow row = username == null ? null : accounts.find(username);
        if (row == null) {
            throw new NotFoundException("user", username);
        }
        if (by.username().equals(username)) {
            throw new AccessRefusedException("NOT_YOURSELF", "you cannot change your own permissions");
        }
        return row;
    }
}
