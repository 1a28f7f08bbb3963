package org.spotcheck.shared;

/**
 * What the filter fields of a list searched in SQL ask for (issue 17.4), as the criteria its mapper takes: a blank field
 * asks for nothing (null), and LIKE's wildcards in a typed text are taken literally (backslash is the default escape of
 * H2 and MariaDB).
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A part to find, as a LIKE pattern; null when blank. */
    public static String like(String text) {
        return blank(text) ? null : "%" + escaped(text.strip()) + "%";
    }

    /** The text to match whole, stripped; null when blank. */
    public static String exact(String text) {
        return blank(text) ? null : text.strip();
    }

    /**
     * A region is a code or its leading digits, asked for as a LIKE prefix; anything else names no region ("-", which
     * matches none); null when blank.
     */
    public static String regionPrefix(String text) {
        if (blank(text)) {
            return null;
        }
        return text.strip().matches("\\d{1,6}") ? text.strip() + "%" : "-";
    }

    /** {@code text} with LIKE's wildcards taken literally. */
    public static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
