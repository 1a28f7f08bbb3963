package org.spotcheck.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Runs Jakarta Bean Validation on a command and turns violations into an {@link InvalidInputException}. */
public final class Validation {

    private Validation() {
    }

    public static <T> T check(Validator validator, T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<FieldViolation> fields = violations.stream()
                    .map(v -> new FieldViolation(v.getPropertyPath().toString(),
                            v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                            v.getMessage()))
                    .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::rule))
                    .toList();
            throw new InvalidInputException(fields);
        }
        return command;
    }
}
