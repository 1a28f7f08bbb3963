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
import org.spotcheck.app.workflow.config.WorkflowSettings;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.ImplementationRules;
import org.spotcheck.planning.api.RuleView;
import org.spotcheck.planning.api.SpotCheckTaskView;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.sampling.api.NonSamplingOutcome;
import org.spotcheck.sampling.api.NonSamplingReason;
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

    /** The sampling step the app fills; re-inspection sampling stays on the server pages for now. */
    static final String STEP = "recordSampling";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final SpotCheckTasks spotCheckTasks;
    private final ImplementationRules rules;
    private final SamplingApi sampling;
    private final UserAccountMapper accounts;
    private final int photoMaxEdge;
    private final int photoMaxBytes;

    FieldCases(TaskService tasks, RuntimeService runtime, SpotCheckTasks spotCheckTasks, ImplementationRules rules,
            SamplingApi sampling, UserAccountMapper accounts, WorkflowSettings.Field settings) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.spotCheckTasks = spotCheckTasks;
        this.rules = rules;
        this.sampling = sampling;
        this.accounts = accounts;
        this.photoMaxEdge = settings.photoMaxEdge();
        this.photoMaxBytes = settings.photoMaxBytes();
    }

    int photoMaxBytes() {
        return photoMaxBytes;
    }

    /** The caller's download: only the cases he was drawn for (data scope), never a colleague's. */
    @Transactional(readOnly = true)
    public Map<String, Object> download(Actor actor) {
        if (!actor.has(Role.SAMPLER)) {
            throw new AccessRefusedException("ROLE_REQUIRED", "role SAMPLER required");
        }
        Map<String, String> names = new LinkedHashMap<>();
        accounts.members(actor.orgCode(), List.of(Role.SAMPLER.name())).forEach(c -> names.put(c.username(), c.displayName()));
        List<Map<String, Object>> cases = new ArrayList<>();
        // the step's candidates are the samplers drawn for the case (spot-check.bpmn20.xml: ${samplerUsers})
        List<Task> all = tasks.createTaskQuery().taskDefinitionKey(STEP).taskCandidateOrAssigned(actor.username())
                .orderByTaskCreateTime().asc().list();
        for (Task task : all) {
            if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
                continue; // claimed by the other sampler: his device sends the form
            }
            Object caseCode = runtime.getVariable(task.getProcessInstanceId(), ProcessVariables.CASE_CODE.name());
            if (!(caseCode instanceof String code)) {
                continue;
            }
            SpotCheckTaskView view = spotCheckTasks.getSpotCheckTask(actor, code);
            if (!view.samplerUsernames().contains(actor.username())) {
                continue; // not drawn for this case
            }
            RuleView rule = rules.getRule(view.ruleId());
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("caseCode", view.code());
            c.put("taskId", task.getId());
            c.put("planCode", view.planCode());
            c.put("dueAt", task.getDueDate() == null ? null : task.getDueDate().toInstant().toString());
            c.put("enterprise", Map.of("code", view.enterpriseCode(), "name", view.enterpriseName(),
                    "creditCode", nz(view.enterpriseCreditCode()), "address", nz(view.enterpriseAddress())));
            c.put("product", Map.of("code", view.productCode(), "name", view.productName()));
            c.put("lab", Map.of("code", nz(view.labCode()), "name", nz(view.labName())));
            c.put("rule", Map.of("id", rule.id(), "title", nz(rule.title()), "version", nz(rule.version()),
                    "testPortion", rule.testPortion(), "backupPortion", rule.backupPortion(), "unit", nz(rule.unit())));
            c.put("samplers", view.samplerUsernames().stream()
                    .map(u -> Map.of("username", u, "name", names.getOrDefault(u, u))).toList());
            cases.add(c);
        }
        List<SealRangeView> ranges = sampling.sealRanges(actor);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", Map.of("username", actor.username(), "name", names.getOrDefault(actor.username(), actor.username())));
        out.put("downloadedAt", Instant.now().toString());
        out.put("cases", cases);
        out.put("sealRanges", ranges);
        out.put("rules", rules());
        return out;
    }

    /** The server's checks of the sampling step as data (SamplingForm, NonSamplingForm, SamplingRecordService). */
    private Map<String, Object> rules() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("minSamplers", 2); // R1: Order 133 art. 19(1), at least two samplers on site
        r.put("required", List.of("channel", "productName", "trademark", "specification", "stockOnHand", "testQuantity",
                "backupQuantity", "testSealNumber", "backupSealNumber", "backupLocation", "unitPrice", "amountPaid",
                "productStandard"));
        r.put("maxLength", Map.of("productName", 200, "trademark", 100, "specification", 200, "batchNumber", 100,
                "stockOnHand", 100, "productStandard", 100, "upperLevelProof", 500, "note", 1000));
        r.put("sealPattern", "^[A-Za-z0-9-]{4,64}$");
        r.put("sealRangesRequired", sampling.sealRangesRequired());
        r.put("samplesAreBought", true); // R23: Order 18, spot-check samples are bought
        r.put("batchOrDate", true);
        r.put("onlineRequired", List.of("onlinePlatform", "onlineShop", "buyerAccount", "orderNumber"));
        r.put("onlineBackupAt", "LAB"); // R30
        r.put("minPhotos", Map.of("PRODUCTION", 0, "DISTRIBUTION", 0, "E_COMMERCE", 1, "NOT_SAMPLED", 1));
        r.put("maxPhotos", 20);
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (NonSamplingOutcome o : NonSamplingOutcome.values()) {
            reasons.put(o.name(), Arrays.stream(NonSamplingReason.values()).filter(x -> x.outcome() == o).map(Enum::name).toList());
        }
        r.put("reasons", reasons);
        r.put("photo", Map.of("maxEdge", photoMaxEdge, "maxBytes", photoMaxBytes));
        return r;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
