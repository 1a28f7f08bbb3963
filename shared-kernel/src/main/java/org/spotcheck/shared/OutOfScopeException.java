package org.spotcheck.shared;

/**
 * The record exists but lies outside the caller's data scope. Answered like a missing record (HTTP
 * 404, so a caller learns nothing about other organisations' records), but audited as a refusal
 * naming the resource, so cross-organisation probing leaves a trace.
 */
public class OutOfScopeException extends NotFoundException {

    private final String resource;

    public OutOfScopeException(String what, Object id) {
        super(what, id);
        this.resource = what + " " + id;
    }

    /** The refused resource, e.g. {@code "case SC-2026-001"}. */
    public String resource() {
        return resource;
    }
}
