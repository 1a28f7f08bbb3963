package org.spotcheck.planning.internal.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;

/**
 * The columns of one import: canonical snake_case keys, which are required, and the Chinese
 * headers accepted for each. Maps the header row of a file to the canonical keys.
 */
final class Columns {

    private final Map<String, Boolean> required = new LinkedHashMap<>();
    private final Map<String, String> byHeader = new LinkedHashMap<>();

    Columns column(String key, boolean isRequired, String... aliases) {
        required.put(key, isRequired);
        byHeader.put(key, key);
        for (String alias : aliases) {
            byHeader.put(alias.toLowerCase(Locale.ROOT), key);
        }
        return this;
    }

    List<String> keys() {
        return new ArrayList<>(required.keySet());
    }

    /**
     * Checks the header row: every header must be known and every required column present.
     *
     * @return header as written → canonical key
     */
    Map<String, String> mapHeaders(List<String> headers) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String header : headers) {
            if (header.isBlank()) {
                continue;
            }
            String key = byHeader.get(header.strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
            if (key == null) {
                violations.add(new FieldViolation("row 1 / " + header, "UNKNOWN_COLUMN",
                        "unknown column; expected: " + String.join(", ", keys()),
                        List.of(String.join(", ", keys()))));
            } else if (mapping.containsValue(key)) {
                violations.add(new FieldViolation("row 1 / " + header, "DUPLICATE_COLUMN", "the column appears twice"));
            } else {
                mapping.put(header, key);
            }
        }
        required.forEach((key, isRequired) -> {
            if (isRequired && !mapping.containsValue(key)) {
                violations.add(new FieldViolation("row 1 / " + key, "MISSING_COLUMN", "required column missing"));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return mapping;
    }

    /** The values of one data row under canonical keys. */
    static Map<String, String> canonical(Map<String, String> mapping, Map<String, String> values, int rowNumber,
            List<FieldViolation> violations) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((header, value) -> {
            String key = mapping.get(header);
            if (key != null) {
                out.put(key, value);
            } else if (header.startsWith("#") && !value.isBlank()) {
                violations.add(new FieldViolation("row " + rowNumber + " / " + header, "VALUE_WITHOUT_COLUMN",
                        "this cell has no column header"));
            }
        });
        return out;
    }

    /** For a single entry: unknown keys are refused by name. */
    Map<String, String> canonicalEntry(Map<String, String> values) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            String key = byHeader.get(k.strip().toLowerCase(Locale.ROOT));
            if (key == null) {
                violations.add(new FieldViolation(k, "UNKNOWN_FIELD", "unknown field; expected: " + String.join(", ", keys())));
            } else {
                out.put(key, v == null ? "" : v);
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return out;
    }
}
