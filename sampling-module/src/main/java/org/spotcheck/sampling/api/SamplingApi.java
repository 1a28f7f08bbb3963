package org.spotcheck.sampling.api;

/**
 * The sampling module's facade: sampling records (抽样单) with sealed test and backup portions,
 * visits without a sample, the enterprise's confirmation, evidence uploads and the custody of
 * each sample. Every method applies the caller's data scope. It is the sum of the module's capability
 * facades, each implemented by its own service (ADR 0013), and declares nothing of its own. The samplers' seal ranges
 * are a facade of their own ({@link SamplerSeals}, with {@link SealRangeApi}), asked for only by the offline app's download.
 */
public interface SamplingApi extends SamplingRecords, Custody, SampleReads, CaseFiles {
}
