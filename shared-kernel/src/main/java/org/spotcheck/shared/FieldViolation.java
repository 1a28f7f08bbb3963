package org.spotcheck.shared;

/**
 * One broken rule on one input field.
 *
 * @param field   the field's path in the request, for example {@code items[0].batches}
 * @param rule    a stable code of the rule, for example {@code NotBlank} or {@code MIN_TWO_SAMPLERS}
 * @param message a human-readable message
 */
public record FieldViolation(String field, String rule, String message) {
}
