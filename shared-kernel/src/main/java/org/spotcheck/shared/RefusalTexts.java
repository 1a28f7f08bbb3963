package org.spotcheck.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A refusal's text on a page, in the page's language (issue 16.5): the bundle's {@code problem.<RULE>.<field>}
 * (where the module asks for field texts) or {@code problem.<RULE>} with the refusal's arguments, else its own
 * message in the page's language ({@link Bilingual#oneLanguage}). Spring-free: a module's page helper hands it the
 * lookup of its {@code MessageSource} and the page's locale.
 */
public class RefusalTexts {

    private final BiFunction<String, Object[], String> lookup;
    private final Supplier<Locale> locale;
    private final boolean fieldTexts;

    /**
     * @param lookup     a bundle key and its arguments to the text in the page's language, null where the bundles
     *                   have no such key
     * @param locale     the page's locale
     * @param fieldTexts whether {@code problem.<RULE>.<field>} is looked up before {@code problem.<RULE>}
     */
    public RefusalTexts(BiFunction<String, Object[], String> lookup, Supplier<Locale> locale, boolean fieldTexts) {
        this.lookup = lookup;
        this.locale = locale;
        this.fieldTexts = fieldTexts;
    }

    /** The text of a refusal: of its first field's where it names fields. */
    public String of(SpotcheckException e) {
        if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
            return of(invalid.violations().get(0));
        }
        return text(e.rule(), null, e.args(), e.getMessage());
    }

    public String of(FieldViolation v) {
        return text(v.rule(), v.field(), v.args().toArray(), v.message());
    }

    /** Each field's texts, joined with "；" where a field broke several rules. */
    public Map<String, String> byField(InvalidInputException e) {
        return byField(e, UnaryOperator.identity());
    }

    /** Each field's texts under the page's name for the field, joined with "；" where a field broke several rules. */
    public Map<String, String> byField(InvalidInputException e, UnaryOperator<String> pageField) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.violations().forEach(v -> errors.merge(pageField.apply(v.field()), of(v), (a, b) -> a + "；" + b));
        return errors;
    }

    private String text(String rule, String field, Object[] args, String fallback) {
        String text = !fieldTexts || rule == null || field == null ? null : lookup.apply("problem." + rule + "." + field, args);
        if (text == null && rule != null) {
            text = lookup.apply("problem." + rule, args);
        }
        return text != null ? text : Bilingual.oneLanguage(fallback, locale.get());
    }
}
