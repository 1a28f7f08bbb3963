package org.spotcheck.app.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.task.Comment;
import org.spotcheck.app.workflow.diagram.BpmnSvgRenderer;
import org.spotcheck.planning.api.PlanningApi;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the timeline and the highlighted diagram of a plan or a spot-check case from the history. */
@Service
public class CaseService {

    private static final Set<String> SHOWN = Set.of("startEvent", "endEvent", "userTask", "serviceTask", "callActivity",
            "boundaryEvent");

    private final HistoryService history;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final PlanningApi planning;
    private final BpmnSvgRenderer renderer;

    CaseService(HistoryService history, RuntimeService runtime, RepositoryService repository, TaskService tasks,
            PlanningApi planning, BpmnSvgRenderer renderer) {
        this.history = history;
        this.runtime = runtime;
        this.repository = repository;
        this.tasks = tasks;
        this.planning = planning;
        this.renderer = renderer;
    }

    /**
     * The timeline of the newest process with this business key that the caller may see: a plan
     * code for the plan's approval, a case number for a spot-check.
     */
    @Transactional(readOnly = true)
    public CaseTimeline timeline(Actor actor, String businessKey) {
        // a report correction shares the case number; the case page shows the spot-check itself
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKeyIn(List.of(SpotCheckProcess.SPOT_CHECK, SpotCheckProcess.PLAN_APPROVAL))
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("case", businessKey));
        String key = instance.getProcessDefinitionKey();
        if (SpotCheckProcess.SPOT_CHECK.equals(key)) {
            planning.getSpotCheckTask(actor, businessKey); // data scope: 404 outside it
        } else if (SpotCheckProcess.PLAN_APPROVAL.equals(key)) {
            Object planId = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .variableName(SpotCheckProcess.PLAN_ID).singleResult().getValue();
            planning.getPlan(actor, ((Number) planId).longValue());
        } else {
            throw new NotFoundException("case", businessKey);
        }
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
        Map<String, List<Comment>> comments = tasks.getProcessInstanceComments(instance.getId()).stream()
                .filter(c -> c.getTaskId() != null).collect(Collectors.groupingBy(Comment::getTaskId));
        BpmnModel model = repository.getBpmnModel(instance.getProcessDefinitionId());
        Set<String> takenFlows = activities.stream().filter(a -> "sequenceFlow".equals(a.getActivityType()))
                .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        List<CaseTimeline.Entry> entries = new ArrayList<>();
        Set<String> completed = new HashSet<>();
        Set<String> taken = new HashSet<>();
        for (HistoricActivityInstance a : activities) {
            if ("sequenceFlow".equals(a.getActivityType())) {
                taken.add(a.getActivityId());
                continue;
            }
            if ("boundaryEvent".equals(a.getActivityType()) && !fired(model, a.getActivityId(), takenFlows)) {
                continue; // a boundary event that never fired ends with the task it is attached to
            }
            if (a.getEndTime() != null) {
                completed.add(a.getActivityId());
            }
            if (!SHOWN.contains(a.getActivityType())) {
                continue;
            }
            String comment = a.getTaskId() == null || !comments.containsKey(a.getTaskId()) ? null
                    : comments.get(a.getTaskId()).stream().map(Comment::getFullMessage).collect(Collectors.joining(" / "));
            entries.add(new CaseTimeline.Entry(a.getActivityType(), a.getActivityId(), a.getActivityName(),
                    a.getAssignee(), instant(a.getStartTime()), instant(a.getEndTime()), comment));
        }
        boolean ended = instance.getEndTime() != null;
        List<String> current = ended ? List.of() : runtime.getActiveActivityIds(instance.getId());
        completed.removeAll(current);
        String svg = renderer.render(model, completed, new HashSet<>(current), taken, id -> null);
        // in the order things happened: finished steps by end time, then the open ones
        entries.sort(Comparator.comparing(CaseTimeline.Entry::endedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return new CaseTimeline(businessKey, key, instance.getProcessDefinitionName(), instance.getId(), ended, current,
                entries, svg);
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    /** Whether a boundary event fired: one of its outgoing flows was taken. */
    private static boolean fired(BpmnModel model, String boundaryId, Set<String> takenFlows) {
        return model.getFlowElement(boundaryId) instanceof org.flowable.bpmn.model.BoundaryEvent boundary
                && boundary.getOutgoingFlows().stream().anyMatch(f -> takenFlows.contains(f.getId()));
    }
}
