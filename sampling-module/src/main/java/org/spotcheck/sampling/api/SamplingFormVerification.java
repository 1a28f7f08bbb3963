package org.spotcheck.sampling.api;

import java.time.Instant;

/**
 * What the public verification page of a sampling form (抽样单) shows once the form's number and fingerprint match a
 * recorded sample (issue 17.3): only the facts printed on the form that identify it, nothing when they do not match.
 * {@code productCode} lets an English page name the product in English (the form's own words are Chinese).
 */
public record SamplingFormVerification(boolean genuine, String sampleCode, String taskCode, String authorityCode, String labCode,
        String productName, String enterpriseName, Instant sampledAt, String testSealNumber, String backupSealNumber,
        String productCode) {

    /** No recorded form has this number and fingerprint. */
    public static SamplingFormVerification none() {
        return new SamplingFormVerification(false, null, null, null, null, null, null, null, null, null, null);
    }
}
