package org.spotcheck.app.web;

import java.util.List;
import java.util.Locale;
import org.spotcheck.shared.Bilingual;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.SpotcheckException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user-facing text of a refusal, in the reader's language only (issue 16.5, 17.2).
 *
 * <p>A rule's text lives in the message bundles under {@code problem.<RULE>}, with the exception's
 * arguments as {0}, {1}, ... (each module keeps its own bundle, {@code i18n/<module>}). Where a rule
 * has no entry yet, the exception's own message is used; an old inline "中文 / English" message then
 * gives only the half in the reader's language, so no page shows both.
 */
@Component
public class ProblemTexts {

    private final MessageSource messages;

    public ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String of(SpotcheckException e) {
        if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
            return of(invalid.violations().get(0));
        }
        String field = e instanceof RuleViolationException violation ? violation.field() : null;
        return text(e.rule(), field, e.args(), e.getMessage());
    }

    public String of(FieldViolation violation) {
        return text(violation.rule(), violation.field(), violation.args().toArray(), violation.message());
    }

    /** The bundle's {@code problem.<rule>} with the arguments, else the fallback in the reader's language. */
    public String text(String rule, Object[] args, String fallback) {
        return text(rule, null, args, fallback);
    }

    /**
     * The bundle's {@code problem.<rule>.<field>} (where a rule shared by several modules, such as {@code REQUIRED},
     * needs a text of its own for one field), else {@code problem.<rule>}, with the arguments; else the fallback in
     * the reader's language.
     */
    public String text(String rule, String field, Object[] args, String fallback) {
        Locale locale = locale();
        String text = rule == null || field == null || field.isBlank() ? null : bundle("problem." + rule + "." + field, args, locale);
        String name = field == null ? null : fieldName(field);
        if (text == null && rule != null && name != null && !name.equals(field)) {
            // a field inside a list or an object (items[0].batches, form.testQuantity): its name's own text
            text = bundle("problem." + rule + "." + name, args, locale);
        }
        if (text == null && rule != null) {
            text = bundle("problem." + rule, args, locale);
        }
        return text != null ? text : oneLanguage(fallback, locale);
    }

    /** The last name of a field's path without its index: {@code items[0].batches} → {@code batches}. */
    static String fieldName(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        int index = last.indexOf('[');
        return index < 0 ? last : last.substring(0, index);
    }

    private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("\\{(\\d+)[,}]");

    /**
     * The bundle text, or null when there is none or it names an argument the refusal does not carry (a rule
     * shared by several modules, thrown somewhere without its values, keeps its own message then).
     */
    private String bundle(String key, Object[] args, Locale locale) {
        String text = messages.getMessage(key, args, null, locale);
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            if (Integer.parseInt(argument.group(1)) >= (args == null ? 0 : args.length)) {
                return null;
            }
        }
        return text;
    }

    /** A bundle text by key, with arguments, in the reader's language. */
    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    /** Of a transitional "中文 / English" text, the half in the locale's language ({@link Bilingual}). */
    public static String oneLanguage(String text, Locale locale) {
        return Bilingual.oneLanguage(text, locale);
    }

    /**
     * The reader's language: for the API the request's ({@link ProblemLocale}: {@code ?lang=en}, the cookie or
     * {@code Accept-Language}); for pages the page locale (Chinese unless {@code ?lang=en} chose English; a
     * browser's own Accept-Language does not switch a page).
     */
    public static Locale locale() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                && attributes.getRequest().getRequestURI().startsWith("/api/")) {
            return ProblemLocale.of(attributes.getRequest());
        }
        return LocaleContextHolder.getLocale();
    }

    /** The field violations with their texts resolved. */
    public List<FieldViolation> resolved(List<FieldViolation> violations) {
        return violations.stream()
                .map(v -> new FieldViolation(v.field(), v.rule(), of(v), v.args()))
                .toList();
    }
}
