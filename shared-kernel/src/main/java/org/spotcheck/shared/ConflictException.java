package org.spotcheck.shared;

/** The record changed under the caller, or is in a state that does not allow this (HTTP 409). */
public class ConflictException extends SpotcheckException {

    public ConflictException(String rule, String message, Object... args) {
        super(rule, message, args);
    }
}
