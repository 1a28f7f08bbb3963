package org.spotcheck.disposal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.spotcheck.shared.StoredMessage;

/**
 * A result-handling case (结果处理).
 *
 * @param conclusion             the first report's conclusion (initial)
 * @param objectionDeadline      R5: the last day on which an objection is still in time (15 days counted from
 *                               service, the day of service not counted), a Chinese calendar date
 * @param finalConclusion        the conclusion once final (结论确认), null before
 * @param finalBasis             NO_NONCONFORMITY, NO_OBJECTION, OBJECTION_REJECTED, RETEST or RETEST_ABANDONED
 * @param stopSale               R12: the enterprise must stop producing and selling the product
 * @param rectificationDueOn     the last day of the current order's rectification period: R13, 60 days from the
 *                               rectification order; after a suspension the end of 停业整顿 (限期整顿, Product Quality
 *                               Law art. 17); none after the announcement, which sets no new period
 * @param reinspectionDueOn      R14, R16: the last day on which the re-inspection now due is still in time
 * @param items                  the failed items of the first report
 * @param currentOrder           the order the current (or next) re-inspection belongs to, null before the rectification order
 */
public record CaseView(long id, String taskCode, String sampleCode, String reportNo, String authorityCode,
        String labCode, String enterpriseCode, String enterpriseName, String productName, String conclusion,
        String grade, String status, Instant openedAt, String servedBy, Instant servedAt, String serviceMethod,
        LocalDate objectionDeadline, Instant closedAt, String productCode, String industry, String regionCode,
        String enterpriseSize, String channel, String producerName, Instant noticeSentAt,
        String finalConclusion, String finalGrade, String finalBasis,
        Instant concludedAt, boolean stopSale, String escalatedTo, LocalDate announcedOn, LocalDate suspendedUntil,
        String closeReason, LocalDate rectificationDueOn, LocalDate reinspectionDueOn, List<Item> items, ObjectionView objection, RectificationView rectification,
        List<ReinspectionView> reinspections, List<Event> events, CurrentOrder currentOrder) {

    /**
     * The order a re-inspection belongs to: the rectification order (round 1, Order 18 arts. 46–47), the province's
     * announcement (round 2, art. 48: from day 60 to day 90 after it) or the suspension order (round 3, art. 48;
     * Product Quality Law art. 17).
     *
     * @param kind          RECTIFICATION, ANNOUNCEMENT or SUSPENSION
     * @param round         the re-inspection that belongs to it
     * @param issuedOn      the day of the order or announcement (null for a suspension, whose day is in the case log)
     * @param correctBy     the last day to rectify (the suspension's end); null after an announcement
     * @param reinspectFrom the first day the re-inspection may start
     * @param reinspectBy   the last day on which the re-inspection is in time
     */
    public record CurrentOrder(String kind, int round, LocalDate issuedOn, LocalDate correctBy, LocalDate reinspectFrom,
            LocalDate reinspectBy) {
    }

    /**
     * One step of the case; also in-app notifications (NOTIFICATION) and e-mail intents (EMAIL_INTENT), which carry
     * their message and the organisation told, so that a page shows them in its reader's language (issue 17).
     *
     * @param comment the comment as stored (a notification's Chinese text)
     * @param message a notification's or e-mail intent's message; null for other events and rows from before V4_260
     * @param orgCode the organisation a notification or e-mail intent is for; null as {@code message}
     */
    public record Event(String action, String actor, String comment, Instant occurredAt, StoredMessage message,
            String orgCode) {

        public Event(String action, String actor, String comment, Instant occurredAt) {
            this(action, actor, comment, occurredAt, null, null);
        }
    }

    /** A failed item of the first report. */
    public record Item(String code, String nameZh, String itemClass, boolean disputed, String retestVerdict,
            String finalVerdict) {
    }

    /** Whether the conclusion is final (结论确认). */
    public boolean conclusionFinal() {
        return finalConclusion != null;
    }

    /** Whether the final conclusion found no non-conformity (after a re-test): the case closes, nothing follows. */
    public boolean finalConforming() {
        return "NO_NONCONFORMITY_FOUND".equals(finalConclusion);
    }
}
