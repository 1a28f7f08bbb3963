package org.spotcheck.sampling.api;

import org.spotcheck.shared.Actor;

/** Sampling records (抽样单) with sealed test and backup portions, and visits without a sample. */
public interface SamplingRecords {

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
}
