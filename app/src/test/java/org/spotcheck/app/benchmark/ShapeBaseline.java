package org.spotcheck.app.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.Task;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The shape-matched baseline of {@link ThinPathBenchmark} (issue 14.3): the application's own
 * {@code plan-approval} and {@code spot-check} BPMN, deployed under other keys, with every service task's
 * delegate replaced by {@code benchShapeDelegate}. That delegate calls no module; it only sets the process
 * variables the real delegate would set (with fixed values), so the gateways, timers, call activity, candidate
 * groups and variable writes are those of the thin path. The user tasks are completed with
 * {@code TaskService.complete} and the variables the real step would return. Thin ÷ shape is the cost of the
 * business code; shape ÷ bare is the cost of the process shape.
 */
@TestConfiguration
class ShapeBaseline {

    static final String PLAN_KEY = "benchShapePlanApproval";
    static final String SPOT_CHECK_KEY = "benchShapeSpotCheck";
    private static final String AUTHORITY = "AUTH-320100";
    private static final String LAB = "LAB1";

    /** No module call: only the variables the real delegate of this service task sets. */
    @Bean("benchShapeDelegate")
    JavaDelegate benchShapeDelegate() {
        return ShapeBaseline::noOp;
    }

    private static void noOp(DelegateExecution execution) {
        switch (execution.getCurrentActivityId()) {
            case "issuePlan" -> execution.setVariable("caseCodes", new java.util.ArrayList<>(List.of("BS-" + UUID.randomUUID())));
            case "startSpotCheck" -> {
                execution.setVariable("authorityCode", AUTHORITY);
                execution.setVariable("labCode", LAB);
                execution.setVariable("enterpriseCode", "ENT-BENCH");
                execution.setVariable("samplerUsers", "sampler-a,sampler-b");
                execution.setVariable("productCode", "PLASTIC_BAG");
                execution.setVariable("regionCode", "320100");
                execution.setVariable("confirmationReminder", "P3D");
            }
            case "sendSampleToLab" -> execution.setVariable("labSampleId", 1L);
            case "issueReport" -> {
                execution.setVariable("reportNo", "BENCH-REPORT");
                execution.setVariable("conforming", true);
            }
            case "openDisposalCase" -> execution.setVariable("disposalCaseId", 1L);
            default -> {
                // fileWithSuperior, recordCheckedProduct, recordReceipt, closeConformingCase, closePlan: no variables
            }
        }
    }

    /** Deploys the two real definitions under the baseline's keys, with the no-op delegate (once per content). */
    static void deploy(RepositoryService repository) {
        repository.createDeployment().name("thin-path benchmark shape baseline").enableDuplicateFiltering()
                .addString("bench-shape-plan-approval.bpmn20.xml", rewrite(read("processes/plan-approval.bpmn20.xml")))
                .addString("bench-shape-spot-check.bpmn20.xml", rewrite(read("processes/spot-check.bpmn20.xml")))
                .deploy();
    }

    private static String rewrite(String bpmn) {
        return bpmn.replace("\"planApproval\"", "\"" + PLAN_KEY + "\"").replace("\"spotCheck\"", "\"" + SPOT_CHECK_KEY + "\"")
                .replaceAll("flowable:delegateExpression=\"\\$\\{\\w+}\"", "flowable:delegateExpression=\"\\${benchShapeDelegate}\"");
    }

    private static String read(String resource) {
        try (InputStream in = ShapeBaseline.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One lifecycle: start the plan approval, 8 user tasks as the thin path, both instances end. Returns the plan instance. */
    static String lifecycle(RuntimeService runtime, TaskService tasks, BiFunction<String, Supplier<Object>, Object> step) {
        String plan = (String) step.apply("start", () -> runtime.startProcessInstanceByKey(PLAN_KEY, "BP-" + UUID.randomUUID(), Map.of(
                "planId", 1L, "authorityCode", AUTHORITY, "drafter", "planner", "sectionReview", true, "approvalLevels", 1)).getId());
        complete(tasks, step, plan, "reviewPlan", Map.of("decision", "APPROVE", "countersignCount", 0));
        complete(tasks, step, plan, "approvePlan", Map.of("decision", "APPROVE"));
        String spotCheck = runtime.createProcessInstanceQuery().superProcessInstanceId(plan).singleResult().getId();
        complete(tasks, step, spotCheck, "recordSampling", Map.of("sampleId", 1L, "samplingOutcome", "SAMPLED"));
        complete(tasks, step, spotCheck, "confirmSampling", Map.of());
        Instant received = Instant.now();
        complete(tasks, step, spotCheck, "receiveSample", Map.of("sampleAccepted", true, "receiptNote", "入库",
                "reportDueAt", Date.from(received.plus(20, ChronoUnit.DAYS)), "reportRemindAt", Date.from(received.plus(17, ChronoUnit.DAYS))));
        complete(tasks, step, spotCheck, "enterResults", Map.of("reportId", 1L));
        complete(tasks, step, spotCheck, "reviewReport", Map.of("decision", "APPROVE"));
        complete(tasks, step, spotCheck, "approveReport", Map.of("decision", "APPROVE"));
        return plan;
    }

    private static void complete(TaskService tasks, BiFunction<String, Supplier<Object>, Object> step, String instance, String key,
            Map<String, Object> variables) {
        step.apply(key, () -> {
            Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
            if (task == null) {
                throw new IllegalStateException("no open task " + key + " in shape instance " + instance);
            }
            tasks.complete(task.getId(), variables);
            return null;
        });
    }
}
