package org.spotcheck.planning.internal.web;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.spotcheck.planning.api.EnterpriseView;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * The regions a planner chooses from by name (issue 17: no code to type), on the plan form, the plan edit page and
 * the complaints page: the caller's region, the regions of the authorities under it and of the enterprises he may
 * see; values already chosen (a refused one shown beside its error, an item's stored region) stay offered.
 */
@Component("planningRegionChoices")
class RegionChoices {

    private final Registers registers;

    RegionChoices(Registers registers) {
        this.registers = registers;
    }

    /** The choices, reading the enterprises the caller may see. */
    SortedSet<String> of(Actor actor, Collection<String> chosen) {
        return of(actor, registers.enterprises(actor), chosen);
    }

    /** The choices, with the enterprises the caller may see already read (the page shows them too). */
    SortedSet<String> of(Actor actor, List<EnterpriseView> enterprises, Collection<String> chosen) {
        SortedSet<String> regions = new TreeSet<>();
        if (actor.regionCode() != null) {
            regions.add(actor.regionCode());
            registers.authorities().stream().filter(a -> RegionCode.contains(actor.regionCode(), a.regionCode()))
                    .forEach(a -> regions.add(a.regionCode()));
        }
        enterprises.forEach(e -> {
            if (e.regionCode() != null) {
                regions.add(e.regionCode());
            }
        });
        chosen.stream().filter(c -> c != null && !c.isBlank()).forEach(regions::add);
        return regions;
    }
}
