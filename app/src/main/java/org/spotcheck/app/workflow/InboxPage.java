package org.spotcheck.app.workflow;

import java.util.List;

/** One page of the inbox and the number of tasks the filters match. */
public record InboxPage(List<TaskView> tasks, long total, int page, int size) {
}
