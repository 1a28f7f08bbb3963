package org.spotcheck.app.workflow.field;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.spotcheck.app.security.UserAccountMapper;
import org.spotcheck.app.workflow.TaskInboxService;
import org.spotcheck.app.workflow.form.FormSchema;
import org.spotcheck.app.workflow.form.FormSchemas;
import org.spotcheck.app.workflow.step.TaskStep;
import org.spotcheck.app.workflow.config.WorkflowSettings;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.sampling.api.NonSamplingOutcome;
import org.spotcheck.sampling.api.NonSamplingReason;
import org.spotcheck.sampling.api.SamplerSeals;
import org.spotcheck.sampling.api.SamplingApi;
import org.spotcheck.sampling.api.SealRangeView;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Download my cases" of the offline sampling app (issue 19): the open 现场抽样、封样 steps of the
 * cases for which the caller was drawn as a sampler, each with its enterprise, product and the rule's
 * quantities, the seal ranges issued to the samplers of his authority, and the checks the server
 * applies when the form arrives, as data that the app's JS applies offline (static/js/field-rules.js).
 */
@Service
public class FieldCases {

    /** 现场抽样、封样: the step the app fills first. */
    static final String STEP = "recordSampling";
    /** 复查抽样 (result-handling.bpmn20.xml): the same form, the samples supplied free. */
    static final String REINSPECTION = "recordReinspectionSampling";
    /** 企业确认抽样单: on paper, recorded by a sampler present with the photo of the signed form. */
    static final String CONFIRM = "confirmSampling";
    /** The steps the app fills offline (issue 19). */
    static final List<String> STEPS = List.of(STEP, REINSPECTION, CONFIRM);

    /** The device's key of a step's form: the case code for 现场抽样 (as before), {@code caseCode_step} for the others. */
    static String key(String caseCode, String step) {
        return STEP.equals(step) ? caseCode : caseCode + "_" + step;
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final SpotCheckTasks spotCheckTasks;
    private final ImplementationRules rules;
    private final SamplingApi sampling;
    private final SamplerSeals seals;
    private final UserAccountMapper accounts;
    private final TaskInboxService inbox;
    private final List<TaskStep<?>> steps;
    private final FormSchemas schemas;
    private final int photoMaxEdge;
    private final int photoMaxBytes;

    FieldCases(TaskService tasks, RuntimeService runtime, SpotCheckTasks spotCheckTasks, ImplementationRules rules,
            SamplingApi sampling, SamplerSeals seals, UserAccountMapper accounts, TaskInboxService inbox, List<TaskStep<?>> steps,
            FormSchemas schemas, WorkflowSettings.Field settings) {
        this.inbox = inbox;
        this.steps = steps;
        this.schemas = schemas;
        this.tasks = tasks;
        this.runtime = runtime;
        this.spotCheckTasks = spotCheckTasks;
        this.rules = rules;
        this.sampling = sampling;
        this.seals = seals;
        this.accounts = accounts;
        this.photoMaxEdge = settings.photoMaxEdge();
        this.photoMaxBytes = settings.photoMaxBytes();
    }

    int photoMaxBytes() {
        return photoMaxBytes;
    }

    /** The caller's download: only the cases he was drawn for (data scope), never a colleague's. */
    @Transactional(readOnly = true)
    public FieldDownload download(Actor actor) {
        if (!actor.has(Role.SAMPLER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role SAMPLER required");
        }
        Map<String, String> names = new LinkedHashMap<>();
        accounts.members(actor.orgCode(), List.of(Role.SAMPLER.name())).forEach(c -> names.put(c.username(), c.displayName()));
        List<FieldDownload.Case> cases = new ArrayList<>();
        for (String step : STEPS) {
            // the steps' candidates are the samplers drawn for the case (spot-check.bpmn20.xml, result-handling.bpmn20.xml:
            // ${samplerUsers}); the confirmation's are also the enterprise's users
            List<Task> all = tasks.createTaskQuery().taskDefinitionKey(step).taskCandidateOrAssigned(actor.username())
                    .orderByTaskCreateTime().asc().list();
            for (Task task : all) {
                if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
                    continue; // claimed by the other sampler: his device sends the form
                }
                Map<String, Object> vars = runtime.getVariables(task.getProcessInstanceId());
                if (!(vars.get(ProcessVariables.CASE_CODE.name()) instanceof String code)) {
                    continue;
                }
                SpotCheckTaskView view = spotCheckTasks.getSpotCheckTask(actor, code);
                if (!view.samplerUsernames().contains(actor.username())) {
                    continue; // not drawn for this case
                }
                RuleView rule = rules.getRule(view.ruleId());
                String sampleCode = null;
                if (CONFIRM.equals(step) && vars.get(ProcessVariables.SAMPLE_ID.name()) instanceof Number sampleId) {
                    sampleCode = sampling.getSample(actor, sampleId.longValue()).sampleCode();
                }
                FormSchema form = inbox.formSchemaWithRules(actor, task.getId());
                cases.add(new FieldDownload.Case(key(code, step), step, view.code(), task.getId(), view.planCode(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant().toString(),
                        new FieldDownload.Enterprise(view.enterpriseCode(), view.enterpriseName(), nz(view.enterpriseCreditCode()),
                                nz(view.enterpriseAddress())),
                        new FieldDownload.Named(view.productCode(), view.productName()),
                        new FieldDownload.Named(nz(view.labCode()), nz(view.labName())),
                        new FieldDownload.Rule(rule.id(), nz(rule.title()), nz(rule.version()), rule.testPortion(),
                                rule.backupPortion(), nz(rule.unit())),
                        view.samplerUsernames().stream().map(u -> new FieldDownload.Person(u, names.getOrDefault(u, u))).toList(),
                        sampleCode, new FieldDownload.Form(form.json(), form.rules(), form.messages())));
            }
        }
        List<SealRangeView> ranges = seals.sealRanges(actor);
        return new FieldDownload(new FieldDownload.Person(actor.username(), names.getOrDefault(actor.username(), actor.username())),
                Instant.now().toString(), cases, ranges, rules(), Map.of(CONFIRM, confirmationForm(actor)), null);
    }

    /** The confirmation step's form as the server checks it (its step's schema: the same for every case). */
    private FieldDownload.Form confirmationForm(Actor actor) {
        FormSchema form = steps.stream().filter(s -> CONFIRM.equals(s.taskKey())).findFirst().orElseThrow()
                .formSchema(schemas, actor, Map.of());
        return new FieldDownload.Form(form.json(), form.rules(), form.messages());
    }

    /** The server's checks of the sampling step as data (SamplingForm, NonSamplingForm, SamplingRecordService). */
    private FieldDownload.Rules rules() {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (NonSamplingOutcome o : NonSamplingOutcome.values()) {
            reasons.put(o.name(), Arrays.stream(NonSamplingReason.values()).filter(x -> x.outcome() == o).map(Enum::name).toList());
        }
        return new FieldDownload.Rules(
                2, // R1: Order 133 art. 19(1), at least two samplers on site
                List.of("channel", "productName", "trademark", "specification", "stockOnHand", "testQuantity",
                        "backupQuantity", "testSealNumber", "backupSealNumber", "backupLocation", "unitPrice", "amountPaid",
                        "productStandard"),
                Map.of("productName", 200, "trademark", 100, "specification", 200, "batchNumber", 100,
                        "stockOnHand", 100, "productStandard", 100, "upperLevelProof", 500, "note", 1000),
                "^[A-Za-z0-9-]{4,64}$",
                seals.sealRangesRequired(),
                true, // R23: Order 18, spot-check samples are bought
                true,
                List.of("onlinePlatform", "onlineShop", "buyerAccount", "orderNumber"),
                "LAB", // R30
                Map.of("PRODUCTION", 0, "DISTRIBUTION", 0, "E_COMMERCE", 1, "NOT_SAMPLED", 1),
                20,
                reasons,
                new FieldDownload.Photo(photoMaxEdge, photoMaxBytes));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
