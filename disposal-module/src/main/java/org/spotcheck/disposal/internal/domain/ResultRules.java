package org.spotcheck.disposal.internal.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The rules that turn a re-test into the final conclusion and the fee decision.
 *
 * <ul>
 * <li>R8 (Order 18, 复检): only the disputed items are re-tested, and the re-test conclusion is final
 * for them. Failed items that were not disputed stay failed.</li>
 * <li>R7 (Order 18, 复检费用): the applicant pays first; if the re-test agrees with the first
 * conclusion the applicant bears the fee, otherwise the organising authority does. Q4 leaves
 * "agrees" open: here the re-test agrees when it judges at least one disputed item non-conforming
 * again, i.e. it confirms the first conclusion on what was disputed.</li>
 * <li>R28: any failing item makes the batch non-conforming; a failing class-A item grades it
 * serious (严重不合格).</li>
 * </ul>
 */
public final class ResultRules {

    public static final String NONCONFORMING = "NONCONFORMING";
    public static final String NO_NONCONFORMITY_FOUND = "NO_NONCONFORMITY_FOUND";

    private ResultRules() {
    }

    /** A failed item of the first report, whether it was disputed, and what the re-test found (null if not re-tested). */
    public record FailedItem(String code, String itemClass, boolean disputed, String retestVerdict) {

        /** The item's verdict once the re-test is known. */
        public String finalVerdict() {
            return disputed && retestVerdict != null ? retestVerdict : "FAIL";
        }
    }

    /** The final conclusion after a re-test. */
    public record Final(String conclusion, String grade, List<String> failingItems) {
        public boolean conforming() {
            return NO_NONCONFORMITY_FOUND.equals(conclusion);
        }
    }

    /** Final conclusion: the undisputed failures plus the disputed items the re-test failed again. */
    public static Final afterRetest(Collection<FailedItem> items) {
        List<String> failing = new ArrayList<>();
        boolean serious = false;
        for (FailedItem item : items) {
            if ("FAIL".equals(item.finalVerdict())) {
                failing.add(item.code());
                serious |= "A".equals(item.itemClass());
            }
        }
        if (failing.isEmpty()) {
            return new Final(NO_NONCONFORMITY_FOUND, null, List.of());
        }
        return new Final(NONCONFORMING, serious ? "SERIOUS" : "GENERAL", List.copyOf(failing));
    }

    /** Who bears the re-test fee (R7). The applicant always pays first. */
    public static FeeBearer feeBearer(Set<String> disputed, Collection<String> retestFailedItems) {
        boolean agrees = retestFailedItems.stream().anyMatch(disputed::contains);
        return agrees ? FeeBearer.APPLICANT : FeeBearer.AUTHORITY;
    }

    /** Who bears the re-test fee. */
    public enum FeeBearer {
        /** 申请人: the re-test agrees with the first conclusion. */
        APPLICANT,
        /** 组织监督抽查的部门: the re-test disagrees. */
        AUTHORITY
    }
}
