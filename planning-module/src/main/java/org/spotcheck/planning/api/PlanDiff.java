package org.spotcheck.planning.api;

import java.util.List;
import java.util.Map;

/**
 * What an amendment changes against the version it amends: plan fields, and items added,
 * removed or changed (matched by item number). {@code productNames} names each product code the changes mention,
 * so that a page shows 塑料购物袋, not PLASTIC_BAG (issue 17).
 */
public record PlanDiff(long planId, String code, int versionNo, Long previousId, String previousCode,
        List<FieldChange> fields, List<ItemChange> items, Map<String, String> productNames) {

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
