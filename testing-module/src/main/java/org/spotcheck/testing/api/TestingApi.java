package org.spotcheck.testing.api;

/**
 * The testing module's facade: lab receipt, results against the limits of the implementation
 * rule, automatic judgment, and the test report's three-person chain (draft, review, approve).
 * A lab sees only the samples assigned to it. It is the sum of the module's capability facades, each
 * implemented by its own service (ADR 0013), and declares nothing of its own.
 */
public interface TestingApi extends LabSamples, ResultEntry, ReportChain, ReportReads {
}
