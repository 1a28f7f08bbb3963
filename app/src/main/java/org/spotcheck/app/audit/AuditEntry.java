package org.spotcheck.app.audit;

import java.time.Instant;

/** A stored audit record with its place in the hash chain. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String actorOrg, String action, String target,
        String outcome, Integer httpStatus, String remoteAddr, String detail, String prevHash, String rowHash) {
}
