package org.spotcheck.planning.api;

import java.util.List;

/**
 * What an amendment changes against the version it amends: plan fields, and items added,
 * removed or changed (matched by item number).
 */
public record PlanDiff(long planId, String code, int versionNo, Long previousId, String previousCode,
        List<FieldChange> fields, List<ItemChange> items) {

    /** One changed field. */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * One item that differs.
     *
     * @param change ADDED, REMOVED or CHANGED
     */
    public record ItemChange(int seq, String productCode, String change, List<FieldChange> fields) {
    }

    public boolean empty() {
        return fields.isEmpty() && items.isEmpty();
    }
}
