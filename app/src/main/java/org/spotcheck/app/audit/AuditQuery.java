package org.spotcheck.app.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.spotcheck.shared.InvalidInputException;

/**
 * Filters of the audit log. Sort and filter names are whitelisted: an unknown parameter, sort key
 * or order is refused, and no request text ever becomes SQL (the sort key maps to a fixed column).
 */
public record AuditQuery(Instant from, Instant to, String actor, String action, AuditOutcome outcome, String sort,
        boolean descending, int limit, int offset, String target) {

    /** Request parameters the audit endpoints accept. */
    public static final Set<String> PARAMETERS = Set.of("from", "to", "actor", "action", "outcome", "sort", "order",
            "limit", "offset", "lang", "target");

    /** Sort keys and the column each stands for. */
    static final Map<String, String> SORT_COLUMNS = Map.of("seq", "seq", "occurredAt", "occurred_at", "actor", "actor",
            "action", "action", "outcome", "outcome");

    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        if (sort == null || sort.isBlank()) {
            sort = "seq";
        }
        if (!SORT_COLUMNS.containsKey(sort)) {
            throw InvalidInputException.of("sort", "NOT_ALLOWED",
                    "sort must be one of " + String.join(", ", SORT_COLUMNS.keySet().stream().sorted().toList()),
                    String.join(", ", SORT_COLUMNS.keySet().stream().sorted().toList()));
        }
        if (limit <= 0) {
            limit = 200;
        }
        if (limit > MAX_LIMIT || offset < 0) {
            throw InvalidInputException.of(limit > MAX_LIMIT ? "limit" : "offset", "OUT_OF_RANGE",
                    "limit 1-" + MAX_LIMIT + ", offset >= 0", MAX_LIMIT);
        }
    }

    /** The same filters without a resource to search by ({@code target}, a part of the path or object, issue 17.4). */
    public AuditQuery(Instant from, Instant to, String actor, String action, AuditOutcome outcome, String sort,
            boolean descending, int limit, int offset) {
        this(from, to, actor, action, outcome, sort, descending, limit, offset, null);
    }

    String sortColumn() {
        return SORT_COLUMNS.get(sort);
    }
}
