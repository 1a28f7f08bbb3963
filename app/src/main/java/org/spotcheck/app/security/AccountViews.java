package org.spotcheck.app.security;

import java.time.Instant;
import java.util.List;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Role;

/** What the administration pages and endpoints show and take. */
public final class AccountViews {

    private AccountViews() {
    }

    /** An account as the administrators see it: never its password hash or second-factor secret. */
    public record UserView(String username, String displayName, String orgCode, String orgType, String regionCode,
            boolean enabled, List<String> roles, boolean mustChangePassword, boolean secondFactorEnrolled,
            boolean secondFactorRequired, boolean locked, Instant lockedUntil, Instant createdAt, String email) {
    }

    /** A new account, or a reset one: the initial password is shown this once. */
    public record InitialPassword(String username, String initialPassword) implements java.io.Serializable {
    }

    public record OrganisationView(String code, String orgType, String name, String regionCode, String address, String docPrefix,
            String nameEn) {
    }

    /** An organisation's letterhead as the administrator edits it (issue 17.3): postal address and 文号 prefix, both optional. */
    public record Letterhead(String address, String docPrefix, String nameEn) {

        /** The letterhead alone: the English name stays as it is. */
        public Letterhead(String address, String docPrefix) {
            this(address, docPrefix, null);
        }
    }

    /** The caller's own account. */
    public record Me(String username, String displayName, String orgCode, String orgType, List<String> roles,
            boolean mustChangePassword, boolean secondFactorEnrolled, boolean secondFactorRequired) {
    }

    /** Body of POST /api/admin/users. */
    public record NewUser(String username, String displayName, String orgCode) {
    }

    /** Body of PUT /api/admin/users/{username}/email: the address, or null/blank to remove it. */
    public record EmailAddress(String email) {
    }

    /** Body of POST /api/admin/organisations. */
    public record NewOrganisation(String code, OrgType orgType, String name, String regionCode, String nameEn) {

        /** An organisation without an English name. */
        public NewOrganisation(String code, OrgType orgType, String name, String regionCode) {
            this(code, orgType, name, regionCode, null);
        }
    }

    /** Body of POST /api/security/users/{username}/roles. */
    public record RoleGrant(Role role) {
    }

    /** Body of POST /api/security/tokens. */
    public record NewToken(String labCode, String name, Integer validDays) {
    }

    /** Body of POST /api/account/password. */
    public record PasswordChangeRequest(String currentPassword, String newPassword) {
    }
}
