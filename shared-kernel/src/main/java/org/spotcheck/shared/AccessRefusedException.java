package org.spotcheck.shared;

/** The caller may see the record but may not do this to it (HTTP 403). */
public class AccessRefusedException extends SpotcheckException {

    public AccessRefusedException(String rule, String message, Object... args) {
        super(rule, message, args);
    }
}
