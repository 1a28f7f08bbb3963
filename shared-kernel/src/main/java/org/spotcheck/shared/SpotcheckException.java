package org.spotcheck.shared;

/** Base of the business exceptions that the web layer turns into RFC 9457 problem details. */
public abstract class SpotcheckException extends RuntimeException {

    private final String rule;

    protected SpotcheckException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable code of the rule that was broken. */
    public String rule() {
        return rule;
    }
}
