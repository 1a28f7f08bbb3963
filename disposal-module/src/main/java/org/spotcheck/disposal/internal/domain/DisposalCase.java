package org.spotcheck.disposal.internal.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.spotcheck.shared.ConflictException;

/**
 * The result-handling case (结果处理案件) as an aggregate: it owns its status and refuses a move the
 * lifecycle does not allow (docs/process/spot-check.md, stages G–I; Order 18 ch. 6). The services
 * load it from its row, ask it to move, and save the row with the status it had when loaded (the
 * optimistic check). No Spring, no persistence.
 */
public final class DisposalCase {

    /** The status of a case; {@link #next} is the transition table. */
    public enum Status {
        /** A conforming report: nothing to handle, closed by the process. */
        OPEN,
        /** A non-conforming report: the result notice is to be served. */
        AWAITING_NOTICE,
        /** Sent in the system, served when the enterprise acknowledges it. */
        NOTICE_SENT,
        /** Served: the objection window (R5) runs. */
        NOTIFIED,
        OBJECTION_FILED,
        RETESTING,
        /** Final non-conforming conclusion: stop sale (R12), rectification follows. */
        CONCLUSION_FINAL,
        RECTIFYING,
        REINSPECTING,
        REINSPECTION_FAILED,
        /** A failed first re-inspection reported to the province (R15). */
        ESCALATED,
        ANNOUNCED,
        /** Suspension after a failed second re-inspection (R16). */
        SUSPENDED,
        /** Terminal: a failed re-inspection after suspension went to enforcement for revocation. */
        REVOCATION_REFERRED,
        /** Terminal. */
        CLOSED;

        private static final Map<Status, Set<Status>> NEXT = Map.ofEntries(
                Map.entry(OPEN, EnumSet.of(CLOSED)),
                Map.entry(AWAITING_NOTICE, EnumSet.of(NOTICE_SENT, NOTIFIED)),
                Map.entry(NOTICE_SENT, EnumSet.of(NOTIFIED)),
                // no objection in the window, the first conclusion is final
                Map.entry(NOTIFIED, EnumSet.of(OBJECTION_FILED, CONCLUSION_FINAL)),
                // accepted → re-test; rejected → the first conclusion is final
                Map.entry(OBJECTION_FILED, EnumSet.of(RETESTING, CONCLUSION_FINAL)),
                // the re-test's conclusion is final (R8): non-conforming, or cleared and closed
                Map.entry(RETESTING, EnumSet.of(CONCLUSION_FINAL, CLOSED)),
                Map.entry(CONCLUSION_FINAL, EnumSet.of(RECTIFYING)),
                Map.entry(RECTIFYING, EnumSet.of(REINSPECTING)),
                Map.entry(REINSPECTING, EnumSet.of(CLOSED, REINSPECTION_FAILED)),
                // round 1 → escalation (R15); round 2 → suspension (R16); round 3 → revocation referral
                Map.entry(REINSPECTION_FAILED, EnumSet.of(ESCALATED, SUSPENDED, REVOCATION_REFERRED)),
                Map.entry(ESCALATED, EnumSet.of(ANNOUNCED)),
                Map.entry(ANNOUNCED, EnumSet.of(REINSPECTING)),
                Map.entry(SUSPENDED, EnumSet.of(REINSPECTING)),
                Map.entry(REVOCATION_REFERRED, EnumSet.noneOf(Status.class)),
                Map.entry(CLOSED, EnumSet.noneOf(Status.class)));

        /** The statuses this one may move to. */
        public Set<Status> next() {
            return NEXT.get(this);
        }

        public boolean mayMoveTo(Status target) {
            return NEXT.get(this).contains(target);
        }
    }

    private final Status loaded;
    private Status status;

    private DisposalCase(Status status) {
        this.loaded = status;
        this.status = status;
    }

    /** A new case for an issued report: a conforming one has nothing to serve. */
    public static DisposalCase open(boolean conforming) {
        return new DisposalCase(conforming ? Status.OPEN : Status.AWAITING_NOTICE);
    }

    /** The case as stored. */
    public static DisposalCase of(String status) {
        return new DisposalCase(Status.valueOf(status));
    }

    public Status status() {
        return status;
    }

    /** The status it had when loaded: the row is saved only if it still has it. */
    public Status loadedStatus() {
        return loaded;
    }

    public boolean is(Status... any) {
        return Arrays.asList(any).contains(status);
    }

    /** 409 WRONG_STATUS unless the case is in one of these statuses (the command does not apply now). */
    public void require(Status... allowed) {
        if (!is(allowed)) {
            throw new ConflictException("WRONG_STATUS", "the case is " + status, status.name());
        }
    }

    /** Moves to {@code target}; 409 ILLEGAL_TRANSITION if the transition table does not allow it. */
    public void moveTo(Status target) {
        if (!status.mayMoveTo(target)) {
            throw new ConflictException("ILLEGAL_TRANSITION", "the case cannot move from " + status + " to " + target,
                    status.name(), target.name());
        }
        status = target;
    }

    /**
     * 结论确认: a final conforming conclusion (only after a re-test) closes the case; a non-conforming
     * one makes it CONCLUSION_FINAL with the stop-sale flag (R12, Order 18 art. 45).
     *
     * @return whether sale must stop
     */
    public boolean conclude(boolean conforming) {
        moveTo(conforming ? Status.CLOSED : Status.CONCLUSION_FINAL);
        return !conforming;
    }
}
