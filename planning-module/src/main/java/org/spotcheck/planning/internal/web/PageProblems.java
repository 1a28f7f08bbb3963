package org.spotcheck.planning.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.spotcheck.shared.Bilingual;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.SpotcheckException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal's text on a planning page, in the page's language (issue 16.5): the bundle's {@code problem.<RULE>.<field>}
 * or {@code problem.<RULE>} with the refusal's arguments, else its own message. The refusals' own messages are English
 * only since their texts moved to the bundles, so a page that showed them raw spoke English on a Chinese page.
 */
@Component("planningPageProblems")
class PageProblems {

    private final MessageSource messages;

    PageProblems(MessageSource messages) {
        this.messages = messages;
    }

    String of(SpotcheckException e) {
        if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
            return of(invalid.violations().get(0));
        }
        return text(e.rule(), null, e.args(), e.getMessage());
    }

    String of(FieldViolation v) {
        return text(v.rule(), v.field(), v.args().toArray(), v.message());
    }

    /** Each field's texts under the page's name for the field, joined with "；" where a field broke several rules. */
    Map<String, String> byField(InvalidInputException e, UnaryOperator<String> pageField) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.violations().forEach(v -> errors.merge(pageField.apply(v.field()), of(v), (a, b) -> a + "；" + b));
        return errors;
    }

    private String text(String rule, String field, Object[] args, String fallback) {
        var locale = LocaleContextHolder.getLocale();
        String text = rule == null || field == null ? null : messages.getMessage("problem." + rule + "." + field, args, null, locale);
        if (text == null && rule != null) {
            text = messages.getMessage("problem." + rule, args, null, locale);
        }
        return text != null ? text : Bilingual.oneLanguage(fallback, locale);
    }
}
