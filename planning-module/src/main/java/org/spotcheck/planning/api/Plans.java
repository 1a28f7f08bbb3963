package org.spotcheck.planning.api;

/**
 * Plans: drafting, the approval round, filing, issuing, closing, amendments and their diff. Every method applies the caller's
 * data scope: an official sees and acts on the plans of his own authority and on register entries within his own region.
 * It is the sum of the two capability facades, each implemented by its own service (ADR 0013), and declares nothing of
 * its own.
 */
public interface Plans extends PlanContents, PlanApprovals {
}
