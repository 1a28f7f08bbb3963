package org.spotcheck.shared;

import java.util.regex.Pattern;

/**
 * 案件编号, the case number: the one identifier that follows a spot-check through every module and
 * process. Its one name in code is {@code CaseNumber}; records, columns and JSON fields written before it
 * keep {@code taskCode} / {@code caseCode}, and the engine knows it as the process business key.
 * A drawn case is numbered {@code <plan code>-<item seq>-<n>} (e.g. {@code ND-2026-000012-01-03}); the
 * sampling and testing of a re-inspection run under {@code <case number>-F<round>}.
 *
 * @param value the case number as written
 */
public record CaseNumber(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern REINSPECTION = Pattern.compile(".+-F[0-9]+");

    public CaseNumber {
        if (value == null || !FORM.matcher(value).matches()) {
            throw InvalidInputException.of("caseNumber", "INVALID_CASE_NUMBER", "not a case number: " + value, value);
        }
    }

    public static CaseNumber of(String value) {
        return new CaseNumber(value);
    }

    /** The number of the {@code n}-th case drawn for item {@code itemSeq} of a plan. */
    public static CaseNumber drawn(String planCode, int itemSeq, int n) {
        return new CaseNumber(String.format("%s-%02d-%02d", planCode, itemSeq, n));
    }

    /** The number the sampling and testing of re-inspection round {@code round} run under. */
    public CaseNumber reinspection(int round) {
        if (round < 1) {
            throw new IllegalArgumentException("a re-inspection round counts from 1: " + round);
        }
        return new CaseNumber(value + "-F" + round);
    }

    /** Whether this is the number of a re-inspection's sampling and testing. */
    public boolean isReinspection() {
        return REINSPECTION.matcher(value).matches();
    }

    /** The spot-check case this number belongs to: itself, or the case a re-inspection's number was made from. */
    public CaseNumber ofCase() {
        return isReinspection() ? new CaseNumber(value.substring(0, value.lastIndexOf("-F"))) : this;
    }

    @Override
    public String toString() {
        return value;
    }
}
