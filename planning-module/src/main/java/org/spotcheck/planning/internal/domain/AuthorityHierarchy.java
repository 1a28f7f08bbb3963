package org.spotcheck.planning.internal.domain;

import java.util.List;
import java.util.Optional;
import org.spotcheck.shared.RegionCode;

/**
 * The authorities above one another by region (省 ⊃ 市 ⊃ 县): an authority is above another when its
 * region contains the other's. Read from the authority register.
 */
public final class AuthorityHierarchy {

    /** One register authority: its code, region and level (PROVINCIAL, MUNICIPAL, COUNTY). */
    public record Authority(String code, String regionCode, String level) {
    }

    private final List<Authority> authorities;

    public AuthorityHierarchy(List<Authority> authorities) {
        this.authorities = List.copyOf(authorities);
    }

    /**
     * Where a failed first re-inspection goes up to (逐级上报至省级, R15; Order 18 art. 47): the provincial
     * authority whose region contains the organising authority's; a provincial authority keeps its case.
     * Empty when the register holds no such authority.
     */
    public Optional<String> provinceAbove(String authorityCode) {
        Optional<String> region = authorities.stream().filter(a -> a.code().equals(authorityCode)).map(Authority::regionCode)
                .findFirst();
        return region.flatMap(r -> authorities.stream()
                .filter(a -> "PROVINCIAL".equals(a.level()) && RegionCode.contains(a.regionCode(), r))
                .map(Authority::code).findFirst());
    }
}
