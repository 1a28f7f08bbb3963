package org.spotcheck.testing.api;

import org.spotcheck.shared.Actor;

/** Results against the limits of the implementation rule, with the automatic judgment. */
public interface ResultEntry {

    /** Enters a result per test item; the system judges every item and the batch and drafts the report. */
    ReportView enterResults(Actor actor, long labSampleId, EnterResultsCommand command);
}
