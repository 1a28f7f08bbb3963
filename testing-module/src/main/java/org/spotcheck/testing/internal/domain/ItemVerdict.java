package org.spotcheck.testing.internal.domain;

/** Judgment of one test item against its limit: it meets the requirement or it does not. */
public enum ItemVerdict {
    /** The item meets its requirement (符合). */
    PASS,
    /** The item does not meet its requirement (不符合). */
    FAIL
}
