package org.spotcheck.sampling.internal.domain;

import java.util.List;
import org.spotcheck.shared.ConflictException;

/**
 * A sampling record (抽样单) once sealed: its form, its seals and the files sealed into it never change
 * (issue 12.7: the mappers have no statement that changes them, and this class no step that does); what happens to it afterwards is the enterprise's confirmation, once, and the lab's
 * finding at receipt, once, while the sample is in transit. Plain Java: the application layer loads
 * it from its row, calls one step and saves what the step returned.
 */
public final class SamplingRecord {

    /** Where the sealed sample is. */
    public enum Status {
        /** Sealed and on its way to the lab (or its backup kept at the enterprise). */
        IN_TRANSIT,
        /** Accepted by the lab at receipt. */
        RECEIVED,
        /** Rejected by the lab at receipt (a broken seal, a code that does not match): the task is sampled again. */
        REJECTED_AT_RECEIPT;

        /** Whether the record may go from this status to {@code target}: only a sample in transit is received. */
        public boolean canBecome(Status target) {
            return this == IN_TRANSIT && target != IN_TRANSIT;
        }
    }

    private Status status;
    private boolean confirmed;
    private final List<String> samplers;

    private SamplingRecord(Status status, boolean confirmed, List<String> samplers) {
        this.status = status;
        this.confirmed = confirmed;
        this.samplers = List.copyOf(samplers);
    }

    /** A record sealed on site: in transit, not yet confirmed. */
    public static SamplingRecord seal(List<String> samplers) {
        return new SamplingRecord(Status.IN_TRANSIT, false, samplers);
    }

    /** A record as stored. */
    public static SamplingRecord of(Status status, boolean confirmed, List<String> samplers) {
        return new SamplingRecord(status, confirmed, samplers);
    }

    /** The enterprise's confirmation (online or on paper): once. */
    public void confirm() {
        if (confirmed) {
            throw new ConflictException("ALREADY_CONFIRMED", "the sampling form is already confirmed");
        }
        confirmed = true;
    }

    /** The lab's finding at receipt: accepted or rejected, only while the sample is in transit. */
    public Status receive(boolean accepted) {
        Status target = accepted ? Status.RECEIVED : Status.REJECTED_AT_RECEIPT;
        if (!status.canBecome(target)) {
            throw new ConflictException("NOT_IN_TRANSIT", "the sample is not in transit");
        }
        status = target;
        return status;
    }

    /** Whether the person was one of the samplers on site (they record the paper signature). */
    public boolean sampledBy(String username) {
        return samplers.contains(username);
    }

    public Status status() {
        return status;
    }

    public boolean confirmed() {
        return confirmed;
    }

    public List<String> samplers() {
        return samplers;
    }
}
