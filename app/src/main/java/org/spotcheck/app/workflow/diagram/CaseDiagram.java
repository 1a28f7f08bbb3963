package org.spotcheck.app.workflow.diagram;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the case page's bpmn-js viewer draws (ADR 0012): the BPMN XML of every process definition
 * that ran under the business key, and for each process instance the elements to mark from the
 * engine's history. A spot-check case runs in several instances (spotCheck, the resultHandling it
 * calls, the labTest calls of a re-test or a re-inspection, a report correction): each is listed.
 *
 * @param businessKey the plan code or the case number
 * @param definitions the BPMN 2.0 XML (with its DI) by process definition id
 * @param processes   the instances in the order they started
 * @param labels      by process definition id, the elements' names in the reader's language where they are not the
 *                    BPMN's own (Chinese) names: the element id to its label; empty for a Chinese reader (issue 17: the
 *                    diagram's labels were Chinese at ?lang=en)
 */
public record CaseDiagram(String businessKey, Map<String, String> definitions, List<Process> processes,
        Map<String, Map<String, String>> labels) {

    /**
     * One process instance and its marks.
     *
     * @param processDefinitionId the key into {@link CaseDiagram#definitions()}
     * @param calledBy            the instance whose call activity started this one, or null
     * @param shown               the instance the page opens on: the newest running one, else the case's own (the first)
     * @param finished            the flow elements that completed (a step done and open again is current only)
     * @param current             the elements the instance waits in (a call activity while its called process runs)
     * @param flows               the sequence flows taken
     */
    public record Process(String processInstanceId, String processDefinitionId, String processKey, String processName,
            String calledBy, Instant startedAt, Instant endedAt, boolean shown, List<String> finished, List<String> current,
            List<String> flows) {
    }
}
