package org.spotcheck.app.security;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The regions a list's 地区 filter offers, by name (issue 17: nobody types a region code): the regions of the
 * authorities (province, cities). The value sent is the region code's leading digits (320100 → 3201), which the
 * lists' searches take as a prefix, so a city's choice finds the enterprises of its districts too.
 */
@Component("regionChoices")
public class RegionChoices {

    /** One choice: the value the filter sends and the region code whose name is shown. */
    public record Choice(String value, String code) {
    }

    private final OrganisationMapper organisations;

    RegionChoices(OrganisationMapper organisations) {
        this.organisations = organisations;
    }

    /** The authorities' regions, province first, then its cities by code. */
    public List<Choice> authorities() {
        return organisations.list().stream()
                .filter(o -> "AUTHORITY".equals(o.orgType) && o.regionCode != null && o.regionCode.matches("\\d{6}"))
                .map(o -> o.regionCode).distinct().sorted().map(code -> new Choice(prefix(code), code)).toList();
    }

    /** Whether the value is one of the choices (an older link may carry a district's code or other digits). */
    public boolean offers(String value) {
        return authorities().stream().anyMatch(c -> c.value().equals(value));
    }

    /** 320000 → 32, 320100 → 3201, 320102 → 320102 (GB/T 2260: two digits per level). */
    static String prefix(String code) {
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
