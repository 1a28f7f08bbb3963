package org.spotcheck.planning.internal.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.spotcheck.planning.api.EnterpriseView;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.RegionCode;
import org.spotcheck.shared.RefusalTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A planning page's form: its values as the command the API takes (the same JSON binding, so a page and the API
 * refuse the same values; a value of the wrong format is refused as {@code MALFORMED_VALUE} on its own field), and
 * a refusal's texts in the page's language (issue 16.5): {@link RefusalTexts} over the bundles, a field's own text
 * ({@code problem.<RULE>.<field>}) first. The refusals' own messages are English only since their texts moved to
 * the bundles, so a page that showed them raw spoke English on a Chinese page. And the regions a planner chooses
 * from by name (issue 17: no code to type), on the plan form, the plan edit page, the complaints page and a
 * register's new row: the caller's region, the regions of the authorities under it and of the enterprises he may
 * see; values already chosen (a refused one shown beside its error, an item's stored region) stay offered.
 */
@Component("planningPageForms")
class PageForms extends RefusalTexts {

    private final JsonMapper json;
    private final Registers registers;

    PageForms(JsonMapper json, MessageSource messages, Registers registers) {
        super((key, args) -> messages.getMessage(key, args, null, LocaleContextHolder.getLocale()),
                LocaleContextHolder::getLocale, true);
        this.json = json;
        this.registers = registers;
    }

    /**
     * The command the form's values make.
     *
     * @param fallbackField the field named when the binding cannot tell which value was wrong
     */
    <T> T command(Map<String, ?> values, Class<T> type, String fallbackField) {
        try {
            return json.convertValue(values, type);
        } catch (RuntimeException e) {
            String field = fallbackField;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof JacksonException je && !je.getPath().isEmpty()) {
                    field = je.getPath().get(je.getPath().size() - 1).getPropertyName();
                    break;
                }
            }
            throw InvalidInputException.of(field, "MALFORMED_VALUE", "wrong format");
        }
    }

    /** The region choices, reading the enterprises the caller may see. */
    SortedSet<String> regions(Actor actor, Collection<String> chosen) {
        return regions(actor, registers.enterprises(actor), chosen);
    }

    /** The region choices, with the enterprises the caller may see already read (the page shows them too). */
    SortedSet<String> regions(Actor actor, List<EnterpriseView> enterprises, Collection<String> chosen) {
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
