package org.spotcheck.app.security;

import java.util.EnumSet;
import java.util.Set;
import org.spotcheck.shared.Role;

/**
 * 三员分立 (MLPS 2.0 level 3, GB/T 22239-2019 8.1.5 and 8.1.4.2 d): the system administrator
 * (users, organisations), the security administrator (roles, tokens, second factors) and the audit
 * administrator (read-only audit) are three different accounts, and an account holding one of these
 * roles holds no other role. So no account can both grant permissions and read the audit log, and
 * nobody can delete audit records (no such function exists).
 */
public final class SeparationOfDuties {

    /** The three administrator roles; each excludes every other role. */
    public static final Set<Role> ADMIN_ROLES = EnumSet.of(Role.SYS_ADMIN, Role.SEC_ADMIN, Role.AUDITOR);

    /**
     * Roles that need a second factor (MLPS 8.1.4.1 d; reliability-security-performance.md S2: the
     * three administrators and the approvers).
     */
    public static final Set<Role> SECOND_FACTOR_ROLES = EnumSet.of(Role.SYS_ADMIN, Role.SEC_ADMIN, Role.AUDITOR,
            Role.PLAN_APPROVER, Role.LAB_APPROVER);

    private SeparationOfDuties() {
    }

    /** Whether this set of roles may be held by one account. */
    public static boolean allowed(Set<Role> roles) {
        return roles.stream().noneMatch(ADMIN_ROLES::contains) || roles.size() == 1;
    }

    public static boolean needsSecondFactor(Set<Role> roles) {
        return roles.stream().anyMatch(SECOND_FACTOR_ROLES::contains);
    }
}
