package org.spotcheck.testing.api;

import java.util.List;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.CaseNumber;
import org.spotcheck.shared.ProcessOnly;

/** The samples a lab receives: registration from the workflow, receipt (入库) and the lab's reads. A lab sees only its own. */
public interface LabSamples {

    /** Registers a sample sent to a lab, with the test items snapshotted from the rule in force. */
    @ProcessOnly
    LabSampleView registerSample(Actor actor, RegisterLabSampleCommand command);

    /** The lab checks the seal and the code at receipt (入库). */
    LabSampleView receiveSample(Actor actor, long labSampleId, ReceiveSampleCommand command);

    LabSampleView getLabSample(Actor actor, long labSampleId);

    List<LabSampleView> listLabSamples(Actor actor);

    /** One page of the caller's lab's samples that match, newest first, with how many match (issue 17.4). */
    org.spotcheck.shared.Paged<LabSampleView> searchLabSamples(Actor actor, LabSampleQuery query);

    /**
     * The lab samples of a case, oldest first: the first test, a re-test of the backup portion and
     * the re-inspections ({@code <case number>-F<round>}); only those the caller may see (his lab's,
     * or his authority's).
     */
    List<LabSampleView> labSamplesOfCase(Actor actor, CaseNumber caseNumber);
}
