package org.spotcheck.disposal.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spotcheck.shared.Bilingual;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.SpotcheckException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal's text on a disposal page, in the page's language (issue 16.5): the bundle's {@code problem.<RULE>.<field>}
 * (a shared rule such as REQUIRED with a hint of its own for one field) or {@code problem.<RULE>} with the refusal's
 * arguments, else its own message (a validator's message is already in the page's language).
 */
@Component
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

    /** Each field's texts, joined with "；" where a field broke several rules. */
    Map<String, String> byField(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.violations().forEach(v -> errors.merge(v.field(), of(v), (a, b) -> a + "；" + b));
        return errors;
    }

    private String text(String rule, String field, Object[] args, String fallback) {
        String text = rule == null || field == null ? null
                : messages.getMessage("problem." + rule + "." + field, args, null, LocaleContextHolder.getLocale());
        if (text == null && rule != null) {
            text = messages.getMessage("problem." + rule, args, null, LocaleContextHolder.getLocale());
        }
        return text != null ? text : Bilingual.oneLanguage(fallback, LocaleContextHolder.getLocale());
    }
}
