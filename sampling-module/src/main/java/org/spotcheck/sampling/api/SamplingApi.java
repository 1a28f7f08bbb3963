package org.spotcheck.sampling.api;

import org.spotcheck.shared.CaseNumber;
import java.util.List;
import org.spotcheck.shared.Actor;

/**
 * The sampling module's facade: sampling records (抽样单) with sealed test and backup portions,
 * visits without a sample, the enterprise's confirmation, evidence uploads and the custody of
 * each sample. Every method applies the caller's data scope.
 */
public interface SamplingApi {

    /**
     * A sampler records the sample taken on site. Enforces R1 (at least two samplers, all drawn
     * for the task), R29 (quantities at least those of the implementation rule), separate seals,
     * the Order 18 art. 8 duplicate guard (R2, R3) and the online-sampling details (R30).
     */
    SampleView recordSampling(Actor actor, RecordSamplingCommand command);

    /**
     * A sampler records the re-inspection's sample (复查抽样) under the re-inspection's code, as {@link #recordSampling}
     * and on the re-inspection's terms, whatever the command says: the sample is free (Order 18 art. 49) and, as the
     * follow-up of a failure, exempt from the six-month rule (Order 18 art. 8 para 3).
     */
    SampleView recordReinspectionSampling(Actor actor, RecordSamplingCommand command);

    /** A sampler records a refusal, a product that may not be sampled, or no product (R10, R11, R18). */
    NonSamplingView recordNonSampling(Actor actor, RecordNonSamplingCommand command);

    /*
     * Confirmation and receipt return nothing (issue 14.2): the workflow, their only caller, never reads the sample
     * back; a view after the write cost three reads. getSample reads it.
     */

    /** The enterprise confirms the form online (re-authenticated) or a sampler records its paper signature. */
    void confirmSampling(Actor actor, long sampleId, ConfirmSamplingForm form, boolean reauthenticated);

    /** The lab's finding at receipt, written to the custody log: accepted, or rejected with a reason. */
    void recordReceipt(Actor actor, long sampleId, boolean accepted, String note);

    /** Appends an event (for example a reminder) to the sample's custody log. */
    void recordCustody(Actor actor, long sampleId, String eventType, String portion, String note);

    /**
     * Appends an event to the custody log that {@code actor} (the system) writes for a person who may not read the
     * sample himself (the re-test lab's tester receiving the backup portion): the log names {@code recordedBy}.
     */
    @org.spotcheck.shared.ProcessOnly
    void recordCustodyFor(Actor actor, String recordedBy, long sampleId, String eventType, String portion, String note);

    SampleView getSample(Actor actor, long sampleId);

    SampleView getSampleByCode(Actor actor, String sampleCode);

    /** The newest sampling record of a spot-check task, or null. */
    SampleView latestSampleOfTask(Actor actor, String taskCode);

    /** The visit without a sample of a spot-check task, or null. */
    NonSamplingView nonSamplingOfTask(Actor actor, String taskCode);

    /**
     * The sampling records of a case, oldest first: those of its case number and of its
     * re-inspections ({@code <case number>-F<round>}), each with its custody log and the case's
     * uploads; only those the caller may see.
     */
    List<SampleView> samplesOfCase(Actor actor, CaseNumber caseNumber);

    /** Samples the caller may see: his authority's, his lab's, or his enterprise's. */
    List<SampleView> listSamples(Actor actor);

    /**
     * A drawn sampler adds a file to the case's sampling record while its sampling step is open (the
     * caller, app, knows the step): it is checked by its first bytes and size, and it is sealed into the
     * next sampling record of the case; after that it never leaves it and nothing joins it (issue 12.7).
     */
    AttachmentView storeAttachment(Actor actor, StoreAttachmentCommand command);

    /**
     * A file added to a case once its sampling record is sealed (or by anyone but its drawn samplers):
     * the same checks as {@link #storeAttachment}, stored as a separate case document attributed to the
     * caller and the time, never part of a sampling record (issue 12.7).
     */
    AttachmentView storeCaseDocument(Actor actor, StoreAttachmentCommand command);

    /** The case documents of a case the caller may see, oldest first; empty if he may not see the case. */
    List<CaseDocumentView> caseDocuments(Actor actor, CaseNumber caseNumber);

    AttachmentContent readAttachment(Actor actor, long attachmentId);

    /** The sampling form (抽样单) as a PDF with real Chinese text. */
    byte[] samplingFormPdf(Actor actor, long sampleId);

    /**
     * Public (no login): whether a sampling form with this number and fingerprint (its QR code) was recorded here, and
     * then the facts that identify it (issue 17.3).
     */
    SamplingFormVerification verifySamplingForm(String sampleCode, String fingerprint);

    /**
     * The numbered seal ranges issued to the samplers of the caller's authority (issue 19): the
     * offline sampling app downloads them; the seal numbers of a sampling form are checked against them.
     */
    List<SealRangeView> sealRanges(Actor actor);

    /** Whether every seal number must come from an issued range (setting spotcheck.sampling.seal-ranges-required). */
    boolean sealRangesRequired();
}
