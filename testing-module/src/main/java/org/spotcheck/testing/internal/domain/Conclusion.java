package org.spotcheck.testing.internal.domain;

/**
 * Conclusion of a spot-check for one batch.
 *
 * <p>Source: national implementation-rule judgment principles (rule R28 of the domain notes;
 * {@code conventions.judgment_common} in {@code implementation-rules.yaml}): when every tested
 * item meets its requirement the conclusion is "所检项目未发现不合格" (no non-conformity found
 * in the items tested). A spot-check never certifies a product as "合格", because only the
 * sampled items of the sampled batch were tested.
 */
public enum Conclusion {
    /** Every tested item met its requirement: "所检项目未发现不合格". */
    NO_NONCONFORMITY_FOUND("所检项目未发现不合格"),
    /** At least one item failed: "不合格". */
    NONCONFORMING("不合格");

    private final String zh;

    Conclusion(String zh) {
        this.zh = zh;
    }

    /** The wording used in the inspection report. */
    public String zh() {
        return zh;
    }
}
