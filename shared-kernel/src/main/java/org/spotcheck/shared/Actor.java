package org.spotcheck.shared;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the authenticated user with roles, organisation and region. Every module API
 * takes it and applies the data scope itself (an enterprise sees only its own records, a lab only
 * the samples assigned to it, an official only his region).
 *
 * @param username   login name
 * @param roles      granted roles
 * @param orgCode    code of the organisation (authority, lab or enterprise)
 * @param orgType    kind of organisation
 * @param regionCode 6-digit GB/T 2260 region code of the organisation
 */
public record Actor(String username, Set<Role> roles, String orgCode, OrgType orgType, String regionCode) implements java.io.Serializable {

    /** The actor used by timers and other work that no person triggers. */
    public static final Actor SYSTEM = new Actor("system", EnumSet.noneOf(Role.class), "SYSTEM", OrgType.AUTHORITY, "000000");

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String organisation) {
        return orgCode != null && orgCode.equals(organisation);
    }

    public boolean isAuthority() {
        return orgType == OrgType.AUTHORITY;
    }

    public boolean isLab() {
        return orgType == OrgType.LAB;
    }

    public boolean isEnterprise() {
        return orgType == OrgType.ENTERPRISE;
    }

    /**
     * Whether this is the one system actor the code builds ({@link #SYSTEM}). Never decided by the
     * username: an account that happens to be named {@code system} (created before the name was
     * reserved) is an ordinary account without roles, seeing nothing outside its organisation.
     */
    public boolean isSystem() {
        return this == SYSTEM;
    }

    /**
     * The data scope of a record that belongs to one authority, one lab and one enterprise: the
     * authority's staff, the lab's staff and the enterprise itself may see it; the system sees all.
     * A null code means the record has no such party.
     */
    public boolean inScope(String authorityCode, String labCode, String enterpriseCode) {
        if (isSystem()) {
            return true;
        }
        return switch (orgType) {
            case AUTHORITY -> belongsTo(authorityCode);
            case LAB -> belongsTo(labCode);
            case ENTERPRISE -> belongsTo(enterpriseCode);
        };
    }

    /** Flowable candidate groups of this actor: one {@code ROLE:ORG} per role. */
    public List<String> candidateGroups() {
        List<String> groups = new ArrayList<>();
        for (Role role : roles) {
            groups.add(role.groupFor(orgCode));
        }
        return groups;
    }
}
