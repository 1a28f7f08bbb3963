package org.spotcheck.testing.internal.domain;

/**
 * A measured result that cannot be judged against its item's requirement: it is refused, never
 * judged. {@code rule} is the stable code the API returns for the item (e.g. {@code IMPOSSIBLE_VALUE},
 * {@code NOT_JUDGEABLE_DETECTION_LIMIT}, {@code NOT_A_CHOICE}).
 */
public final class ResultRefusedException extends IllegalArgumentException {

    private final String rule;

    public ResultRefusedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
