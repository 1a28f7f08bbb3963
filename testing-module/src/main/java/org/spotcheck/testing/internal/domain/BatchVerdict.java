package org.spotcheck.testing.internal.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The conclusion for one sampled batch from the verdicts of all its tested items.
 *
 * <p>Source: national implementation-rule judgment principles, rule R28 of the domain notes
 * (also {@code conventions.judgment_common} in {@code implementation-rules.yaml}):
 * <ul>
 *   <li>no item fails: {@link Conclusion#NO_NONCONFORMITY_FOUND}, shown as
 *       "所检项目未发现不合格" — never "合格";</li>
 *   <li>any item fails: {@link Conclusion#NONCONFORMING}; {@link Grade#SERIOUS} (严重不合格) if a
 *       failing item is class A, otherwise {@link Grade#GENERAL} (一般不合格).</li>
 * </ul>
 * The item {@link ItemResult#verdict() verdict} counts, so a lab override is honoured.
 * {@code grade} is null when no non-conformity was found; {@code failedItemCodes} lists the
 * failing items in the order of the results.
 */
public record BatchVerdict(Conclusion conclusion, Grade grade, List<String> failedItemCodes) {

    public BatchVerdict {
        GbT8170.required(conclusion, "conclusion");
        GbT8170.required(failedItemCodes, "failed item codes");
        failedItemCodes = List.copyOf(failedItemCodes);
        if (conclusion == Conclusion.NO_NONCONFORMITY_FOUND && (grade != null || !failedItemCodes.isEmpty())) {
            throw new IllegalArgumentException("a batch with no non-conformity found has no grade and no failed items");
        }
        if (conclusion == Conclusion.NONCONFORMING && (grade == null || failedItemCodes.isEmpty())) {
            throw new IllegalArgumentException("a non-conforming batch needs a grade and at least one failed item");
        }
    }

    /**
     * Concludes a batch from its item results (rule R28).
     *
     * @throws IllegalArgumentException if {@code results} is null, empty or contains null
     */
    public static BatchVerdict of(List<ItemResult> results) {
        if (results == null || results.isEmpty()) {
            throw new IllegalArgumentException("a batch verdict needs at least one item result");
        }
        List<String> failed = new ArrayList<>();
        boolean classAFailed = false;
        for (ItemResult result : results) {
            GbT8170.required(result, "item result");
            if (result.verdict() == ItemVerdict.FAIL) {
                failed.add(result.itemCode());
                classAFailed |= result.itemClass() == ItemClass.A;
            }
        }
        if (failed.isEmpty()) {
            return new BatchVerdict(Conclusion.NO_NONCONFORMITY_FOUND, null, List.of());
        }
        return new BatchVerdict(Conclusion.NONCONFORMING, classAFailed ? Grade.SERIOUS : Grade.GENERAL, failed);
    }

    /** "所检项目未发现不合格", "不合格（严重不合格）" or "不合格（一般不合格）". */
    public String zh() {
        return grade == null ? conclusion.zh() : conclusion.zh() + "（" + grade.zh() + "）";
    }
}
