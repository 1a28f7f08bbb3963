package org.spotcheck.shared;

/**
 * One broken rule on one input field.
 *
 * @param field   the field's path in the request, for example {@code items[0].batches}
 * @param rule    a stable code of the rule, for example {@code NotBlank} or {@code MIN_TWO_SAMPLERS}
 * @param message the text used when the message bundles have no entry {@code problem.<rule>}
 * @param args    the values the bundle text names as {0}, {1}, ...
 */
public record FieldViolation(String field, String rule, String message, java.util.List<Object> args) {

    public FieldViolation {
        args = args == null ? java.util.List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public FieldViolation(String field, String rule, String message) {
        this(field, rule, message, java.util.List.of());
    }
}
