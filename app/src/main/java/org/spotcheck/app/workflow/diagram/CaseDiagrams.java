package org.spotcheck.app.workflow.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.spotcheck.app.workflow.CaseAccess;
import org.spotcheck.app.workflow.CaseInstances;
import org.spotcheck.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagram data of a plan or a spot-check case (ADR 0012): the deployed BPMN XML and, from the
 * engine's history, the finished elements, the current ones and the taken sequence flows of each
 * process instance with the business key, for whoever {@link CaseAccess} admits (404 outside the
 * caller's data scope, like the timeline). bpmn-js draws it in the browser.
 */
@Service
public class CaseDiagrams {

    private static final String SEQUENCE_FLOW = "sequenceFlow";

    private final HistoryService history;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final CaseAccess access;
    /** A deployed definition never changes: its XML is read once. */
    private final Map<String, String> xmlByDefinition = new ConcurrentHashMap<>();

    private final MessageSource messages;

    CaseDiagrams(HistoryService history, RuntimeService runtime, RepositoryService repository, CaseAccess access,
            MessageSource messages) {
        this.messages = messages;
        this.history = history;
        this.runtime = runtime;
        this.repository = repository;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public CaseDiagram of(Actor actor, String businessKey) {
        access.requireVisible(actor, businessKey); // data scope: 404 (and a DENIED audit row) outside it
        CaseInstances instances = CaseInstances.of(history, businessKey);
        Map<String, String> definitions = new LinkedHashMap<>();
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        List<CaseDiagram.Process> processes = new ArrayList<>();
        for (HistoricProcessInstance instance : instances.all()) {
            definitions.computeIfAbsent(instance.getProcessDefinitionId(), this::xml);
            if ("en".equals(locale.getLanguage())) { // a Chinese reader reads the BPMN's own names
                labels.computeIfAbsent(instance.getProcessDefinitionId(), id -> labels(id, locale));
            }
            processes.add(process(instance, instance.getId().equals(instances.shown().getId())));
        }
        return new CaseDiagram(businessKey, definitions, processes, labels);
    }

    /**
     * The names of a definition's elements in the reader's language: the bundle's {@code bpmn.<process key>.<id>} (a
     * gateway's question, a flow's answer), else {@code step.<id>} (the steps, as the timeline names them). An element
     * the bundles do not name keeps its BPMN name.
     */
    private Map<String, String> labels(String processDefinitionId, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (org.flowable.bpmn.model.Process process : repository.getBpmnModel(processDefinitionId).getProcesses()) {
            for (FlowElement element : process.getFlowElements()) {
                if (element.getName() == null || element.getName().isBlank()) {
                    continue;
                }
                String label = messages.getMessage("bpmn." + process.getId() + "." + element.getId(), null, null, locale);
                if (label == null) {
                    label = messages.getMessage("step." + element.getId(), null, null, locale);
                }
                if (label != null) {
                    labels.put(element.getId(), label);
                }
            }
        }
        return labels;
    }

    private CaseDiagram.Process process(HistoricProcessInstance instance, boolean shown) {
        BpmnModel model = repository.getBpmnModel(instance.getProcessDefinitionId());
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
        Set<String> flows = new LinkedHashSet<>();
        activities.stream().filter(a -> SEQUENCE_FLOW.equals(a.getActivityType()))
                .forEach(a -> flows.add(a.getActivityId()));
        List<String> current = CaseInstances.currentSteps(runtime, instance, model);
        Set<String> finished = new LinkedHashSet<>();
        for (HistoricActivityInstance a : activities) {
            if (SEQUENCE_FLOW.equals(a.getActivityType()) || a.getEndTime() == null) {
                continue;
            }
            if (CaseInstances.neverFired(model, a.getActivityId(), flows)) {
                continue; // a boundary event that never fired ended with the task it is attached to
            }
            finished.add(a.getActivityId());
        }
        // a step done before and open again (a return, a loop) is current, not finished
        current.forEach(finished::remove);
        return new CaseDiagram.Process(instance.getId(), instance.getProcessDefinitionId(),
                instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(), instance.getSuperProcessInstanceId(),
                instance.getStartTime().toInstant(), instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
                shown, List.copyOf(finished), current, List.copyOf(flows));
    }

    /** The BPMN XML as deployed, with its DI: bpmn-js lays the diagram out from it. */
    private String xml(String processDefinitionId) {
        return xmlByDefinition.computeIfAbsent(processDefinitionId, id -> {
            ProcessDefinition definition = repository.getProcessDefinition(id);
            try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
