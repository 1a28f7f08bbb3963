package org.spotcheck.app.workflow;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.spotcheck.shared.NotFoundException;

/**
 * The process instances that carry one business key, and which of them the case shows. A spot-check
 * case runs in several instances under its case number (spotCheck, then resultHandling and its labTest
 * calls, issue 6); the timeline and the diagram both name the one decided here.
 *
 * @param all   in the order they started; the engine's history may keep whole seconds, so within a
 *              second a called process comes after its caller
 * @param shown where the case is now: the innermost running instance (one that calls no running
 *              instance), the last such; once all have ended, the case's own process, which started
 *              first (the spot-check, the plan's approval, the warning), not the last lab test that a
 *              re-inspection started under the same number
 */
public record CaseInstances(List<HistoricProcessInstance> all, HistoricProcessInstance shown) {

    /** The instances with this business key; 404 when there is none. */
    public static CaseInstances of(HistoryService history, String businessKey) {
        List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list();
        if (found.isEmpty()) {
            throw new NotFoundException("case", businessKey);
        }
        return of(found);
    }

    static CaseInstances of(List<HistoricProcessInstance> found) {
        Map<String, HistoricProcessInstance> byId = new LinkedHashMap<>();
        found.forEach(i -> byId.put(i.getId(), i));
        List<HistoricProcessInstance> all = found.stream()
                .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)
                        .thenComparingInt(i -> depth(i, byId)).thenComparing(HistoricProcessInstance::getId))
                .toList();
        Set<String> callingRunning = new HashSet<>();
        all.stream().filter(i -> i.getEndTime() == null && i.getSuperProcessInstanceId() != null)
                .forEach(i -> callingRunning.add(i.getSuperProcessInstanceId()));
        HistoricProcessInstance shown = all.stream()
                .filter(i -> i.getEndTime() == null && !callingRunning.contains(i.getId()))
                .reduce((first, second) -> second).orElse(all.get(0));
        return new CaseInstances(all, shown);
    }

    /** The instance that started last: the case's records are looked up beside it. */
    public HistoricProcessInstance newest() {
        return all.get(all.size() - 1);
    }

    /** Whether every instance has ended. */
    public boolean ended() {
        return all.stream().allMatch(i -> i.getEndTime() != null);
    }

    /**
     * The steps a running instance is at (none once it ended). A boundary event that waits on its task (a
     * withdrawal message, a deadline timer) is active in the engine but is not a step the case is at.
     */
    public static List<String> currentSteps(RuntimeService runtime, HistoricProcessInstance instance, BpmnModel model) {
        return instance.getEndTime() != null ? List.of()
                : runtime.getActiveActivityIds(instance.getId()).stream()
                        .filter(id -> !(model.getFlowElement(id) instanceof BoundaryEvent)).distinct().toList();
    }

    /** Whether an activity is a boundary event that never fired (none of its flows was taken): it ended with its task. */
    public static boolean neverFired(BpmnModel model, String activityId, Set<String> takenFlows) {
        return model.getFlowElement(activityId) instanceof BoundaryEvent boundary
                && boundary.getOutgoingFlows().stream().noneMatch(f -> takenFlows.contains(f.getId()));
    }

    /** How many calls deep an instance runs: 0 for one that no process called. */
    private static int depth(HistoricProcessInstance instance, Map<String, HistoricProcessInstance> byId) {
        int depth = 0;
        for (HistoricProcessInstance caller = byId.get(instance.getSuperProcessInstanceId()); caller != null && depth < byId.size();
                caller = byId.get(caller.getSuperProcessInstanceId())) {
            depth++;
        }
        return depth;
    }
}
