package org.spotcheck.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.Role;

/** 三员分立 as a rule over role sets: each administrator role stands alone. */
class SeparationOfDutiesTest {

    @Test
    void noAdministratorRoleCombinesWithAnyOtherRole() {
        for (Role admin : SeparationOfDuties.ADMIN_ROLES) {
            assertThat(SeparationOfDuties.allowed(EnumSet.of(admin))).isTrue();
            for (Role other : Role.values()) {
                if (other != admin) {
                    assertThat(SeparationOfDuties.allowed(EnumSet.of(admin, other))).as(admin + "+" + other).isFalse();
                }
            }
        }
        assertThat(SeparationOfDuties.allowed(EnumSet.of(Role.PLANNER, Role.PLAN_REVIEWER))).isTrue();
    }

    @Test
    void administratorsAndApproversNeedASecondFactor() {
        assertThat(SeparationOfDuties.needsSecondFactor(EnumSet.of(Role.SEC_ADMIN))).isTrue();
        assertThat(SeparationOfDuties.needsSecondFactor(EnumSet.of(Role.LAB_APPROVER))).isTrue();
        assertThat(SeparationOfDuties.needsSecondFactor(EnumSet.of(Role.PLAN_APPROVER))).isTrue();
        assertThat(SeparationOfDuties.needsSecondFactor(EnumSet.of(Role.LAB_TESTER))).isFalse();
    }
}
