package org.spotcheck.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.ScriptTask;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.validation.ProcessValidator;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spotcheck.app.workflow.step.TaskStep;
import org.spotcheck.shared.Role;
import org.springframework.core.io.Resource;
import org.spotcheck.SpotcheckApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Lints every production BPMN file: Flowable's own validator, delegate expressions naming real
 * delegates, candidate groups made of role codes, conditions without method calls, no scripts,
 * and a task step for every user task.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BpmnLintTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    List<TaskStep<?>> steps;

    private static final Pattern DELEGATE = Pattern.compile("\\$\\{([a-z][A-Za-z0-9]*Delegate)}");
    private static final Pattern GROUP = Pattern.compile("([A-Z_]+):\\$\\{[a-zA-Z]+}");
    private static final Pattern METHOD_CALL = Pattern.compile("[A-Za-z_]\\w*\\s*\\(");

    static List<Resource> processes() throws Exception {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn20.xml");
        assertThat(found).isNotEmpty();
        return Arrays.asList(found);
    }

    @ParameterizedTest
    @MethodSource("processes")
    void processIsValidAndFollowsTheConventions(Resource resource) throws Exception {
        BpmnModel model;
        try (InputStream in = resource.getInputStream()) {
            model = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
        }
        ProcessValidator validator = new ProcessValidatorFactory().createDefaultProcessValidator();
        List<ValidationError> errors = validator.validate(model).stream().filter(e -> !e.isWarning()).toList();
        assertThat(errors).as(resource.getFilename()).isEmpty();
        assertThat(resource.getFilename()).matches("[a-z0-9-]+\\.bpmn20\\.xml");
        assertThat(model.getLocationMap()).as("BPMN DI for the case diagram").isNotEmpty();

        List<String> problems = new ArrayList<>();
        List<String> stepKeys = stepKeys();
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof ScriptTask) {
                problems.add(element.getId() + ": script tasks are not allowed");
            }
            if (element instanceof ServiceTask task) {
                Matcher m = DELEGATE.matcher(String.valueOf(task.getImplementation()));
                if (!"delegateExpression".equals(task.getImplementationType()) || !m.matches()) {
                    problems.add(task.getId() + ": service tasks use flowable:delegateExpression=\"${fooDelegate}\" only");
                } else if (!isDelegateBean(m.group(1))) {
                    problems.add(task.getId() + ": no JavaDelegate named " + m.group(1) + " in org.spotcheck.app.workflow.delegate");
                }
            }
            if (element instanceof UserTask task) {
                for (String group : task.getCandidateGroups()) {
                    Matcher m = GROUP.matcher(group);
                    if (!m.matches() || Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(m.group(1)))) {
                        problems.add(task.getId() + ": candidate group " + group + " is not ROLE:${orgVariable}");
                    }
                }
                if (task.getCandidateGroups().isEmpty() && task.getCandidateUsers().isEmpty() && task.getAssignee() == null) {
                    problems.add(task.getId() + ": nobody can do this task");
                }
                if (!stepKeys.contains(task.getId())) {
                    problems.add(task.getId() + ": no TaskStep completes this user task");
                }
            }
            if (element instanceof SequenceFlow flow && flow.getConditionExpression() != null
                    && METHOD_CALL.matcher(flow.getConditionExpression()).find()) {
                problems.add(flow.getId() + ": conditions read variables only, they never call methods");
            }
            if (element instanceof CallActivity call && model.getProcesses().stream().noneMatch(p -> p.getId().equals(call.getCalledElement()))
                    && !processIds().contains(call.getCalledElement())) {
                problems.add(call.getId() + ": calls an unknown process " + call.getCalledElement());
            }
        }
        assertThat(problems).as(resource.getFilename()).isEmpty();
    }

    /** The ids of the processes of every production BPMN file (a call activity may call any of them). */
    private static List<String> processIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (Resource resource : processes()) {
            try (InputStream in = resource.getInputStream()) {
                new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), false, false).getProcesses()
                        .forEach(p -> ids.add(p.getId()));
            }
        }
        return ids;
    }

    private boolean isDelegateBean(String beanName) {
        return context.containsBean(beanName) && context.getBean(beanName) instanceof JavaDelegate delegate
                && delegate.getClass().getPackageName().equals("org.spotcheck.app.workflow.delegate");
    }

    private List<String> stepKeys() {
        return steps.stream().map(TaskStep::taskKey).toList();
    }
}
