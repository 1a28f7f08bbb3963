package org.spotcheck.app.workflow;

import java.time.LocalDate;
import org.spotcheck.shared.InvalidInputException;

/**
 * The inbox's filters, sort and page.
 *
 * @param scope     mine, claimable or all (the default)
 * @param dueBefore   tasks due on or before this day (China time)
 * @param sort        created (default), due or name
 * @param dir         asc or desc (default)
 * @param businessKey tasks of the process instance with this business key (case number or plan code)
 * @param dueAfter    tasks due on or after this day (China time)
 */
public record InboxQuery(String scope, String processKey, String taskKey, String product, String region, LocalDate dueBefore,
        String sort, String dir, int page, int size, String businessKey, LocalDate dueAfter) {

    public static final int MAX_SIZE = 200;

    /**
     * The inbox counts matching tasks up to this many (issue 14): beyond it the count says "more than 1,000" instead of
     * reading the caller's whole visible set; pages past it are still served ({@link InboxPage#more()}, ADR 0014).
     */
    public static final int COUNT_LIMIT = 1000;

    public InboxQuery {
        scope = scope == null ? "all" : scope;
        sort = sort == null ? "created" : sort;
        dir = dir == null ? "desc" : dir;
        businessKey = businessKey == null || businessKey.isBlank() ? null : businessKey.strip();
        if (!java.util.Set.of("all", "mine", "claimable").contains(scope)) {
            throw InvalidInputException.of("scope", "UNKNOWN_SCOPE", "scope: all, mine or claimable");
        }
        if (!TaskInboxService.SORTS.contains(sort)) {
            throw InvalidInputException.of("sort", "UNKNOWN_SORT", "sort: created, due or name");
        }
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw InvalidInputException.of("dir", "UNKNOWN_DIRECTION", "dir: asc or desc");
        }
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "PAGE_OUT_OF_RANGE", "page >= 0 and 1 <= size <= " + MAX_SIZE);
        }
    }

    /** Without the business key and due-after filters. */
    public InboxQuery(String scope, String processKey, String taskKey, String product, String region, LocalDate dueBefore,
            String sort, String dir, int page, int size) {
        this(scope, processKey, taskKey, product, region, dueBefore, sort, dir, page, size, null, null);
    }

    /** The whole inbox, newest first, as the first page of the largest size. */
    public static InboxQuery everything() {
        return new InboxQuery(null, null, null, null, null, null, null, null, 0, MAX_SIZE);
    }
}
