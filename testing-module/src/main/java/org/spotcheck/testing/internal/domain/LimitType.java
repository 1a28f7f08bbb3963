package org.spotcheck.testing.internal.domain;

/**
 * How a test item's limit is expressed in an implementation rule (实施细则).
 *
 * <p>Source: the limit types of the implementation-rule data set
 * ({@code conventions.limit_types} in {@code implementation-rules.yaml}).
 */
public enum LimitType {
    /** The result must not exceed the value: {@code result <= value}. */
    MAX,
    /** The result must reach the value: {@code result >= value}. */
    MIN,
    /** The result must lie in the closed interval {@code [min, max]}. */
    RANGE,
    /** The result must equal one of the allowed strings (compared trimmed), e.g. "不得检出". */
    ENUMERATION,
    /** The lab records a pass/fail finding against a written requirement. */
    QUALITATIVE
}
