package org.spotcheck.planning.internal.web;

import java.util.Map;
import org.spotcheck.shared.InvalidInputException;
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
 * the bundles, so a page that showed them raw spoke English on a Chinese page.
 */
@Component("planningPageForms")
class PageForms extends RefusalTexts {

    private final JsonMapper json;

    PageForms(JsonMapper json, MessageSource messages) {
        super((key, args) -> messages.getMessage(key, args, null, LocaleContextHolder.getLocale()),
                LocaleContextHolder::getLocale, true);
        this.json = json;
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
}
