package org.spotcheck.disposal.internal.domain;

/**
 * Spreadsheet cells that cannot be read as formulas (CSV/formula injection, OWASP): a text that
 * starts with {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe.
 */
public final class CsvCell {

    private CsvCell() {
    }

    /** The text made safe to open in a spreadsheet. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    /** One CSV field (RFC 4180): safe, and quoted when it holds a comma, quote or line break. */
    public static String field(String text) {
        String safe = safe(text);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
