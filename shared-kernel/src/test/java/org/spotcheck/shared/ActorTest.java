package org.spotcheck.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void eachKindOfOrganisationSeesOnlyItsOwnPartOfARecord() {
        Actor authority = new Actor("o", EnumSet.of(Role.OFFICER), "AUTH-1", OrgType.AUTHORITY, "320100");
        Actor lab = new Actor("t", EnumSet.of(Role.LAB_TESTER), "LAB1", OrgType.LAB, "320100");
        Actor enterprise = new Actor("e", EnumSet.of(Role.ENTERPRISE), "ENT-A", OrgType.ENTERPRISE, "320102");
        assertThat(authority.inScope("AUTH-1", "LAB1", "ENT-A")).isTrue();
        assertThat(authority.inScope("AUTH-2", "LAB1", "ENT-A")).isFalse();
        assertThat(lab.inScope("AUTH-1", "LAB1", "ENT-A")).isTrue();
        assertThat(lab.inScope("AUTH-1", "LAB2", "ENT-A")).isFalse();
        assertThat(enterprise.inScope("AUTH-1", "LAB1", "ENT-A")).isTrue();
        assertThat(enterprise.inScope("AUTH-1", "LAB1", "ENT-B")).isFalse();
        assertThat(lab.inScope("AUTH-1", null, "ENT-A")).as("a record without a lab").isFalse();
        assertThat(Actor.SYSTEM.inScope("X", "Y", "Z")).isTrue();
    }

    @Test
    void candidateGroupsAreRoleAtOrganisation() {
        Actor lab = new Actor("t", EnumSet.of(Role.LAB_TESTER, Role.LAB_REVIEWER), "LAB1", OrgType.LAB, "320100");
        assertThat(lab.candidateGroups()).containsExactlyInAnyOrder("LAB_TESTER:LAB1", "LAB_REVIEWER:LAB1");
    }
}
