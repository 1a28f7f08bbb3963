package org.spotcheck.shared;

/** The outcome of a review or approval step. */
public enum Decision {
    /** 同意 / 通过. */
    APPROVE,
    /** 退回: back to the previous person with a mandatory comment. */
    RETURN
}
