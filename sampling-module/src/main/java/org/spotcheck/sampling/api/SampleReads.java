package org.spotcheck.sampling.api;

import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.CaseNumber;

/** Reading sampling records and visits without a sample in the caller's scope, the form as PDF and its public check. */
public interface SampleReads {

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

    /** The sampling form (抽样单) as a PDF with real Chinese text. */
    byte[] samplingFormPdf(Actor actor, long sampleId);

    /**
     * Public (no login): whether a sampling form with this number and fingerprint (its QR code) was recorded here, and
     * then the facts that identify it (issue 17.3).
     */
    SamplingFormVerification verifySamplingForm(String sampleCode, String fingerprint);
}
