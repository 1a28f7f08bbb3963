package org.spotcheck.disposal.internal.domain;

import java.time.LocalDate;

/**
 * The re-inspections (复查) after a final non-conforming result (Order 18 arts. 47–48; Product
 * Quality Law art. 17) and what a failure of each leads to.
 */
public enum ReinspectionRound {
    /** R14 (Order 18 art. 47): organised within 75 days of the rectification order; failing it escalates to the province (R15). */
    FIRST(1, Next.ESCALATE, "disposal.reinspection.firstRoundWindow"),
    /** R16 (Order 18 art. 48): between day 60 and day 90 after the announcement; failing it leads to a suspension order. */
    AFTER_ANNOUNCEMENT(2, Next.SUSPEND, "disposal.reinspection.secondRoundWindow"),
    /**
     * R16 (Order 18 art. 48; Product Quality Law art. 17: 责令停业，限期整顿；整顿期满复查仍不合格的，吊销营业执照): after the
     * suspension period; failing it again leads to a licence revocation referral.
     */
    AFTER_SUSPENSION(3, Next.REVOKE, "disposal.reinspection.thirdRoundWindow");

    private final int number;
    private final Next onFailure;
    private final String basisKey;

    ReinspectionRound(int number, Next onFailure, String basisKey) {
        this.number = number;
        this.onFailure = onFailure;
        this.basisKey = basisKey;
    }

    /** The bundle key of the round's window and legal basis, as every refusal and document of the round cites it. */
    public String basisKey() {
        return basisKey;
    }

    public int number() {
        return number;
    }

    public Next onFailure() {
        return onFailure;
    }

    public static ReinspectionRound of(int number) {
        for (ReinspectionRound round : values()) {
            if (round.number == number) {
                return round;
            }
        }
        throw new IllegalArgumentException("no re-inspection round " + number);
    }

    /** What follows a re-inspection. */
    public enum Next {
        /** 复查合格: the case closes and the stop-sale flag is lifted (R17). */
        PASSED,
        /** 逐级上报至省级并公告. */
        ESCALATE,
        /** 责令停业，限期整顿. */
        SUSPEND,
        /** 吊销营业执照 (移送). */
        REVOKE
    }

    /**
     * The window in which a re-inspection may start.
     *
     * @param from first allowed day, inclusive
     * @param to   last day it is due, inclusive (null: no upper limit)
     */
    public record Window(LocalDate from, LocalDate to) {

        public boolean opensAfter(LocalDate day) {
            return day.isBefore(from);
        }

        public boolean isLate(LocalDate day) {
            return to != null && day.isAfter(to);
        }
    }
}
