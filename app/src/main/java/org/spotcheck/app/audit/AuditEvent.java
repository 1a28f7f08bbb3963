package org.spotcheck.app.audit;

/**
 * One thing to record: who ({@code actor}, {@code actorOrg}), what ({@code action} on {@code target}),
 * where ({@code remoteAddr}) and how it ended ({@code outcome}, {@code httpStatus}). The time is the
 * log's UTC clock at append.
 */
public record AuditEvent(String actor, String actorOrg, String action, String target, AuditOutcome outcome,
        Integer httpStatus, String remoteAddr, String detail) {

    public static AuditEvent of(String actor, String actorOrg, String action, String target, AuditOutcome outcome,
            String remoteAddr, String detail) {
        return new AuditEvent(actor, actorOrg, action, target, outcome, null, remoteAddr, detail);
    }
}
