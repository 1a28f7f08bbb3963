package org.spotcheck.shared;

/** Base of the business exceptions that the web layer turns into RFC 9457 problem details. */
public abstract class SpotcheckException extends RuntimeException {

    private final String rule;
    private final Object[] args;

    /**
     * @param rule    the stable rule code; the user-facing text is the bundle entry {@code problem.<rule>}
     * @param message the text used when the bundles have no entry for the rule (and in logs)
     * @param args    the values the bundle text names as {0}, {1}, ...
     */
    protected SpotcheckException(String rule, String message, Object... args) {
        super(message);
        this.rule = rule;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** The values for the placeholders of the rule's text in the message bundles. */
    public Object[] args() {
        return args.clone();
    }

    /** A stable code of the rule that was broken. */
    public String rule() {
        return rule;
    }
}
