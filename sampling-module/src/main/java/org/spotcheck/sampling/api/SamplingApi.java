package org.spotcheck.sampling.api;

import java.util.List;
import org.spotcheck.shared.Actor;

/**
 * The sampling module's facade: sampling records (抽样单) with sealed test and backup portions,
 * and the custody of each sample. Every method applies the caller's data scope.
 */
public interface SamplingApi {

    /**
     * A sampler records the sample taken on site. Enforces R1 (at least two samplers, all drawn
     * for the task), R29 (quantities at least those of the implementation rule) and separate seals.
     */
    SampleView recordSampling(Actor actor, RecordSamplingCommand command);

    SampleView getSample(Actor actor, long sampleId);

    SampleView getSampleByCode(Actor actor, String sampleCode);

    /** Samples the caller may see: his authority's, his lab's, or his enterprise's. */
    List<SampleView> listSamples(Actor actor);

    /** Appends a custody event (hand-over, receipt, rejection) to the sample's timeline. */
    void recordCustody(Actor actor, long sampleId, String eventType, String portion, String note);
}
