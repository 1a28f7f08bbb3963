package org.spotcheck.app.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.spotcheck.app.audit.AuditOutcome;
import org.spotcheck.app.audit.AuditQuery;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/** Reads the audit filters from request parameters, refusing any parameter, sort key or value it does not know. */
final class AuditParameters {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private AuditParameters() {
    }

    static AuditQuery parse(MultiValueMap<String, String> params, int defaultLimit) {
        for (String name : params.keySet()) {
            if (!AuditQuery.PARAMETERS.contains(name) && !"_csrf".equals(name)) {
                throw InvalidInputException.of(name, "UNKNOWN_PARAMETER", "unknown parameter " + name, name);
            }
        }
        String order = blankToNull(params.getFirst("order"));
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw InvalidInputException.of("order", "NOT_ALLOWED", "order must be asc or desc", "asc, desc");
        }
        AuditOutcome outcome = null;
        String outcomeText = blankToNull(params.getFirst("outcome"));
        if (outcomeText != null) {
            try {
                outcome = AuditOutcome.valueOf(outcomeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("outcome", "NOT_ALLOWED", "outcome: SUCCESS, DENIED or FAILURE", "SUCCESS, DENIED, FAILURE");
            }
        }
        return new AuditQuery(time("from", params.getFirst("from"), false), time("to", params.getFirst("to"), true),
                blankToNull(params.getFirst("actor")), blankToNull(params.getFirst("action")), outcome,
                blankToNull(params.getFirst("sort")), order == null || order.equals("desc"),
                number("limit", params.getFirst("limit"), defaultLimit), number("offset", params.getFirst("offset"), 0),
                blankToNull(params.getFirst("target")));
    }

    /**
     * A date (yyyy-MM-dd, a whole Beijing day as the page shows times; {@code to} includes that day)
     * or an ISO-8601 instant.
     */
    private static Instant time(String field, String value, boolean endOfDay) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(BEIJING).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "MALFORMED_TIME", "a date yyyy-MM-dd or an ISO-8601 instant");
        }
    }

    private static int number(String field, String value, int fallback) {
        String text = blankToNull(value);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "NOT_A_NUMBER", "must be a whole number");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
