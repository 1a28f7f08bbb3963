package org.spotcheck.shared;

import java.util.function.Predicate;

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

    /**
     * The record read, when it exists and {@code inScope} admits it; otherwise 404: a {@link NotFoundException}
     * when there is none, an {@code OutOfScopeException} (audited as a refusal, issue 13.4) when it lies outside
     * the caller's data scope.
     */
    public static <T> T inScope(T record, Predicate<? super T> inScope, String what, Object id) {
        if (record == null) {
            throw new NotFoundException(what, id);
        }
        if (!inScope.test(record)) {
            throw new OutOfScopeException(what, id);
        }
        return record;
    }

    /** The refused resource, e.g. {@code "case SC-2026-001"}. */
    public String resource() {
        return resource;
    }
}
