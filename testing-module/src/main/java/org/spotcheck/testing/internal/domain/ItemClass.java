package org.spotcheck.testing.internal.domain;

/**
 * Seriousness class of a test item as set by the implementation rule.
 *
 * <p>Source: national implementation-rule judgment principles (rule R28 of the domain notes):
 * a failing class A item makes the batch a serious non-conformity (严重不合格); a failing
 * class B item a general one (一般不合格). Rules that use a third level C store it as B.
 */
public enum ItemClass {
    /** Serious item (safety or health): A 类项目. */
    A,
    /** General item: B 类项目. */
    B
}
