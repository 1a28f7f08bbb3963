package org.spotcheck.planning.internal.web;

import java.util.Map;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A planning page's form as the command its API takes (the same JSON binding, so a page and the API refuse the
 * same values). A value of the wrong format is refused as {@code MALFORMED_VALUE} on its own field.
 */
@Component
class PageForms {

    private final JsonMapper json;

    PageForms(JsonMapper json) {
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
