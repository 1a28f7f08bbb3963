package org.spotcheck.shared;

/** A business rule refuses the command although the input is well formed (HTTP 422). */
public class RuleViolationException extends SpotcheckException {

    private final String field;

    public RuleViolationException(String field, String rule, String message, Object... args) {
        super(rule, message, args);
        this.field = field;
    }

    /** The input field the rule concerns, or null when it concerns the whole record. */
    public String field() {
        return field;
    }
}
