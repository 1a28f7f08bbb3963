package org.spotcheck.planning.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** R15: a failed first re-inspection goes up to the provincial authority above the organising one. */
class AuthorityHierarchyTest {

    private final AuthorityHierarchy hierarchy = new AuthorityHierarchy(List.of(
            new AuthorityHierarchy.Authority("GD", "440000", "PROVINCIAL"),
            new AuthorityHierarchy.Authority("GZ", "440100", "MUNICIPAL"),
            new AuthorityHierarchy.Authority("TH", "440106", "COUNTY"),
            new AuthorityHierarchy.Authority("ZJ", "330000", "PROVINCIAL")));

    @Test
    void aCountyOrCityGoesUpToTheProvinceWhoseRegionContainsItsOwn() {
        assertThat(hierarchy.provinceAbove("TH")).contains("GD");
        assertThat(hierarchy.provinceAbove("GZ")).contains("GD");
    }

    @Test
    void aProvinceIsItsOwnProvince() {
        assertThat(hierarchy.provinceAbove("ZJ")).contains("ZJ");
    }

    @Test
    void anUnknownAuthorityOrAProvinceMissingFromTheRegisterGivesNone() {
        assertThat(hierarchy.provinceAbove("NOPE")).isEmpty();
        assertThat(new AuthorityHierarchy(List.of(new AuthorityHierarchy.Authority("GZ", "440100", "MUNICIPAL")))
                .provinceAbove("GZ")).isEmpty();
    }
}
