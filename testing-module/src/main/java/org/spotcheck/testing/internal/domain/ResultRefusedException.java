package org.spotcheck.testing.internal.domain;

/**
 * A measured result that cannot be judged against its item's requirement: it is refused, never
 * judged. {@code rule} is the stable code the API returns for the item (e.g. {@code IMPOSSIBLE_VALUE},
 * {@code NOT_JUDGEABLE_DETECTION_LIMIT}, {@code NOT_A_CHOICE}).
 */
public final class ResultRefusedException extends IllegalArgumentException {

    private final String rule;
    private final Object[] args;

    /**
     * @param message the English text (logs, and the fallback); the reader's text is the bundle entry
     *                {@code problem.<rule>}, whose {0} is the item's name and {1}, {2}, ... these args
     */
    public ResultRefusedException(String rule, String message, Object... args) {
        super(message);
        this.rule = rule;
        this.args = args.clone();
    }

    public Object[] args() {
        return args.clone();
    }

    public String rule() {
        return rule;
    }
}
