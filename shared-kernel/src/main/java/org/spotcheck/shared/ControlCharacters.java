package org.spotcheck.shared;

/**
 * Characters refused in every free-text field (issue 13.6): C0 controls other than tab, line feed and carriage
 * return (so multi-line text keeps its lines), DEL, the C1 controls, and the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) that make a text read differently from what it stores.
 */
public final class ControlCharacters {

    public static final String RULE = "CONTROL_CHARACTER";

    private ControlCharacters() {
    }

    public static boolean forbidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text without its forbidden characters: what a page shows again beside the refusal. */
    public static String strip(String text) {
        return text == null ? null : text.codePoints().filter(c -> !forbidden(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Refuses a form whose fields hold a forbidden character: one violation per such field, each with the message. */
    public static void refuse(java.util.Map<String, ? extends java.util.List<String>> fields, String message) {
        java.util.List<FieldViolation> found = fields.entrySet().stream()
                .filter(e -> in(e.getKey()) || e.getValue().stream().anyMatch(ControlCharacters::in))
                .map(e -> new FieldViolation(strip(e.getKey()), RULE, message))
                .toList();
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    /** {@link #refuse} for a form read as one value per field. */
    public static void refuseValues(java.util.Map<String, String> fields, String message) {
        java.util.Map<String, java.util.List<String>> lists = new java.util.LinkedHashMap<>();
        fields.forEach((name, value) -> lists.put(name, java.util.List.of(value == null ? "" : value)));
        refuse(lists, message);
    }

    /** The form as a page shows it again beside a refusal: names and values without their forbidden characters. */
    public static java.util.Map<String, String> stripped(java.util.Map<String, String> fields) {
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
        fields.forEach((name, value) -> shown.put(strip(name), strip(value)));
        return shown;
    }
}
