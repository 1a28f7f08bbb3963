package org.spotcheck.shared;

import java.util.List;

/** Input that breaks field rules (HTTP 400). Nothing was written. */
public class InvalidInputException extends SpotcheckException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("INVALID_INPUT", violations.isEmpty() ? "invalid input" : violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String rule, String message, Object... args) {
        return new InvalidInputException(List.of(new FieldViolation(field, rule, message, java.util.Arrays.asList(args))));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
