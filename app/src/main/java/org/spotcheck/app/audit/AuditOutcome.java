package org.spotcheck.app.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    /** Done (2xx/3xx, or a successful login). */
    SUCCESS,
    /** Refused for lack of authentication or authorization (401/403), or a failed login. */
    DENIED,
    /** Attempted but failed (4xx other than 401/403, 5xx). */
    FAILURE
}
