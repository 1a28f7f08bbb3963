package org.spotcheck.planning.api;

/** Why a spot-check task is exempt from the six-month rules (Order 18 art. 8 para 3). */
public enum SamplingExemption {
    /** A follow-up check of an earlier failure. */
    FOLLOW_UP,
    /** An emergency check. */
    EMERGENCY
}
