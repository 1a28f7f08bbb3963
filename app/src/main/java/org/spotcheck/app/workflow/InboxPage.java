package org.spotcheck.app.workflow;

import java.util.List;

/**
 * One page of the inbox and the number of tasks the filters match.
 *
 * @param total the number of matching tasks, exact when {@code more} is false; when more than the count limit match
 *              ({@link InboxQuery#COUNT_LIMIT}) it is that limit and {@code more} is true (the count stops there)
 * @param more  more than {@code total} tasks match: the count stopped at the limit
 */
public record InboxPage(List<TaskView> tasks, long total, int page, int size, boolean more) {

    /** A page whose total is exact. */
    public InboxPage(List<TaskView> tasks, long total, int page, int size) {
        this(tasks, total, page, size, false);
    }
}
