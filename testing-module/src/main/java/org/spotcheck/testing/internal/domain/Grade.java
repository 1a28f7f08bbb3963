package org.spotcheck.testing.internal.domain;

/**
 * Grade of a non-conforming batch.
 *
 * <p>Source: national implementation-rule judgment principles (rule R28 of the domain notes):
 * a failing class A item makes the batch {@link #SERIOUS}; failing class B items only make it
 * {@link #GENERAL}.
 */
public enum Grade {
    /** At least one class A item failed: 严重不合格. */
    SERIOUS("严重不合格"),
    /** Only class B items failed: 一般不合格. */
    GENERAL("一般不合格");

    private final String zh;

    Grade(String zh) {
        this.zh = zh;
    }

    /** The wording used in the inspection report. */
    public String zh() {
        return zh;
    }
}
