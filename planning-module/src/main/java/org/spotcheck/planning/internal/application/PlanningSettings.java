package org.spotcheck.planning.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the planning module.
 *
 * <ul>
 *   <li>{@code spotcheck.planning.approval-levels} (1..3, default 1): director approval levels of an
 *       annual plan after the section review, unless the authority's register entry sets its own
 *       ({@code pln_authority.approval_levels}).</li>
 *   <li>{@code spotcheck.planning.special-approval-levels} (1..3, default 1): director levels of a
 *       special plan, which skips the section review (the shorter path).</li>
 *   <li>{@code spotcheck.planning.zone} (default Asia/Shanghai): the time zone of business dates
 *       (the date of a check, the date of a draw for the 6-month rule).</li>
 * </ul>
 */
@Component
class PlanningSettings {

    static final int MAX_LEVELS = 3;

    private final int approvalLevels;
    private final int specialApprovalLevels;
    private final Clock clock;

    PlanningSettings(@Value("${spotcheck.planning.approval-levels:1}") int approvalLevels,
            @Value("${spotcheck.planning.special-approval-levels:1}") int specialApprovalLevels,
            @Value("${spotcheck.planning.zone:Asia/Shanghai}") String zone) {
        this.approvalLevels = checkLevels("spotcheck.planning.approval-levels", approvalLevels);
        this.specialApprovalLevels = checkLevels("spotcheck.planning.special-approval-levels", specialApprovalLevels);
        this.clock = Clock.system(ZoneId.of(zone));
    }

    static int checkLevels(String name, int levels) {
        if (levels < 1 || levels > MAX_LEVELS) {
            throw new IllegalArgumentException(name + " must be between 1 and " + MAX_LEVELS + ", got " + levels);
        }
        return levels;
    }

    int approvalLevels(Integer authorityOverride) {
        return authorityOverride == null ? approvalLevels : checkLevels("pln_authority.approval_levels", authorityOverride);
    }

    int specialApprovalLevels() {
        return specialApprovalLevels;
    }

    /** Today in the business time zone. */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
