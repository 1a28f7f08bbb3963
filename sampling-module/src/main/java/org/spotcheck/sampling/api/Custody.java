package org.spotcheck.sampling.api;

import org.spotcheck.shared.Actor;

/** The enterprise's confirmation of the sampling form and the custody log of each sample on its way to the lab. */
public interface Custody {

    /*
     * Confirmation and receipt return nothing (issue 14.2): the workflow, their only caller, never reads the sample
     * back; a view after the write cost three reads. getSample reads it.
     */

    /** The enterprise confirms the form online (re-authenticated) or a sampler records its paper signature. */
    void confirmSampling(Actor actor, long sampleId, ConfirmSamplingForm form, boolean reauthenticated);

    /**
     * The lab's finding at receipt, written to the custody log: accepted, or rejected with a reason; the note's message
     * where the note is one of the system's texts (入库, 拒收: read in the reader's language, issue 17), else null.
     */
    void recordReceipt(Actor actor, long sampleId, boolean accepted, String note, org.spotcheck.shared.StoredMessage message);

    /**
     * Appends an event (for example a reminder) to the sample's custody log: its note as stored, and the message whose
     * Chinese text the note is, from which pages read it in their reader's language (issue 17; null: the note alone).
     */
    void recordCustody(Actor actor, long sampleId, String eventType, String portion, String note,
            org.spotcheck.shared.StoredMessage message);

    /**
     * Appends an event to the custody log that {@code actor} (the system) writes for a person who may not read the
     * sample himself (the re-test lab's tester receiving the backup portion): the log names {@code recordedBy}.
     */
    @org.spotcheck.shared.ProcessOnly
    void recordCustodyFor(Actor actor, String recordedBy, long sampleId, String eventType, String portion, String note);
}
