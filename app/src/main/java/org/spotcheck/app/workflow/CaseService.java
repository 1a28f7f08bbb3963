package org.spotcheck.app.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.task.Comment;
import org.spotcheck.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the timeline of a plan or a spot-check case: the workflow's history joined with the modules'
 * records ({@link CaseRecords}), for whoever {@link CaseAccess} admits. The diagram's data comes from
 * {@link org.spotcheck.app.workflow.diagram.CaseDiagrams}.
 */
@Service
public class CaseService {

    private static final Set<String> SHOWN = Set.of("startEvent", "endEvent", "userTask", "serviceTask", "callActivity",
            "boundaryEvent");

    private final ProcessEngine engine;
    private final CaseAccess access;
    private final CaseRecords records;
    private final EscalationNotes escalationNotes;

    CaseService(ProcessEngine engine, CaseAccess access, CaseRecords records,
            EscalationNotes escalationNotes) {
        this.engine = engine;
        this.access = access;
        this.records = records;
        this.escalationNotes = escalationNotes;
    }

    /**
     * The timeline of the newest process with this business key that the caller may see: a plan
     * code for the plan's approval, a case number for a spot-check.
     */
    @Transactional(readOnly = true)
    public CaseTimeline timeline(Actor actor, String businessKey) {
        HistoryService history = engine.getHistoryService();
        CaseInstances found = CaseInstances.of(history, businessKey); // 404 when there is none
        CaseAccess.Kind kind = access.requireVisible(actor, businessKey); // data scope: 404 outside it
        // the timeline joins the case's instances (CaseInstances) in time order and names the one the diagram opens on
        List<HistoricProcessInstance> instances = new ArrayList<>(found.all());
        Collections.reverse(instances); // newest first: the current steps of an inner instance come before its caller's
        List<CaseTimeline.Entry> entries = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (HistoricProcessInstance instance : instances) {
            List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
            Map<String, List<Comment>> comments = engine.getTaskService().getProcessInstanceComments(instance.getId()).stream()
                    .filter(c -> c.getTaskId() != null).collect(Collectors.groupingBy(Comment::getTaskId));
            BpmnModel instanceModel = engine.getRepositoryService().getBpmnModel(instance.getProcessDefinitionId());
            Set<String> instanceFlows = activities.stream().filter(a -> "sequenceFlow".equals(a.getActivityType()))
                    .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
            for (HistoricActivityInstance a : activities) {
                if (CaseInstances.neverFired(instanceModel, a.getActivityId(), instanceFlows)) {
                    continue; // a boundary event that never fired ends with the task it is attached to
                }
                if (!SHOWN.contains(a.getActivityType())) {
                    continue;
                }
                String comment = a.getTaskId() == null || !comments.containsKey(a.getTaskId()) ? null
                        : comments.get(a.getTaskId()).stream().map(Comment::getFullMessage).map(escalationNotes::read)
                                .collect(Collectors.joining(" / "));
                entries.add(new CaseTimeline.Entry(a.getActivityType(), a.getActivityId(), a.getActivityName(),
                        a.getAssignee(), instant(a.getStartTime()), instant(a.getEndTime()), comment));
            }
            current.addAll(CaseInstances.currentSteps(engine.getRuntimeService(), instance, instanceModel));
        }
        // the modules' own records of the case: custody, documents, state changes, e-mails
        entries.addAll(records.of(actor, kind, businessKey, found.newest().getId()));
        // in the order things happened: finished steps by end time, then the open ones. The engine's
        // history keeps milliseconds on H2 (EngineMillisecondsOnH2) and on a MariaDB created since issue 12.6
        // (MillisecondTimestamps), but a MariaDB created before keeps whole seconds in its ACT_HI_ times;
        // the modules keep milliseconds. So, to be right on both: by the second first;
        // within a second the plan's records (they led to the case), then the modules' records by the
        // millisecond, then the engine's steps, whose milliseconds are unknown.
        entries.sort(Comparator.comparing((CaseTimeline.Entry e) -> e.endedAt() == null ? null
                        : e.endedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.source() == CaseTimeline.Source.PLANNING ? 0
                        : e.source() == CaseTimeline.Source.WORKFLOW ? 2 : 1)
                .thenComparing(CaseTimeline.Entry::endedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        // the case's current steps, innermost last: a call activity waiting for its called process is left out
        Set<String> calling = Set.of("handleResult", "retestLabTest", "reinspectionLabTest");
        List<String> steps = current.stream().filter(id -> !calling.contains(id) || current.size() == 1).distinct().toList();
        HistoricProcessInstance shown = found.shown();
        return new CaseTimeline(businessKey, shown.getProcessDefinitionKey(), shown.getProcessDefinitionName(),
                shown.getId(), found.ended(), steps, entries);
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
