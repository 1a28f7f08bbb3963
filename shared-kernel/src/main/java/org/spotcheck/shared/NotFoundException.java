package org.spotcheck.shared;

/** The record does not exist, or lies outside the caller's data scope (HTTP 404). */
public class NotFoundException extends SpotcheckException {

    public NotFoundException(String what, Object id) {
        super("NOT_FOUND", what + " " + id + " not found");
    }
}
