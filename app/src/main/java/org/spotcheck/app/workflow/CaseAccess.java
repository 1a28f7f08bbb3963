package org.spotcheck.app.workflow;

import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.disposal.api.QualityWarnings;
import org.spotcheck.disposal.api.ResultHandling;
import org.spotcheck.planning.api.Plans;
import org.spotcheck.planning.api.SpotCheckTasks;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.CaseNumber;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.OutOfScopeException;
import org.spotcheck.testing.api.TestingApi;
import org.springframework.stereotype.Component;

/**
 * Who may see the timeline of a business key, decided by the modules' own scoped APIs: a plan's
 * approval by the plan's scope, a quality warning by the warning's, and a spot-check case by
 * whoever the case concerns: the organising authority and the drawn samplers, the assigned lab and
 * the checked enterprise (planning), the authority the case was escalated to (R15) and the parties
 * of the result-handling case (disposal), and any lab that holds a lab sample of the case, such as
 * the re-test lab (testing). Outside that the case does not exist for the caller (404).
 */
@Component
public class CaseAccess {

    /** What a business key names, by the process that runs under it. */
    public enum Kind {
        PLAN, SPOT_CHECK, WARNING;

        /** The kind of a process definition key, or null for a process without a case page. */
        static Kind of(String processKey) {
            if (SpotCheckProcess.SPOT_CHECK.equals(processKey) || ResultHandlingProcess.RESULT_HANDLING.equals(processKey)
                    || ResultHandlingProcess.LAB_TEST.equals(processKey) || SpotCheckProcess.REPORT_CORRECTION.equals(processKey)) {
                return SPOT_CHECK;
            }
            if (ResultHandlingProcess.QUALITY_WARNING.equals(processKey)) {
                return WARNING;
            }
            if (SpotCheckProcess.PLAN_APPROVAL.equals(processKey)) {
                return PLAN;
            }
            return null;
        }
    }

    private final HistoryService history;
    private final Plans plans;
    private final SpotCheckTasks spotCheckTasks;
    private final ResultHandling resultHandling;
    private final QualityWarnings qualityWarnings;
    private final TestingApi testing;

    CaseAccess(HistoryService history, Plans plans, SpotCheckTasks spotCheckTasks, ResultHandling resultHandling,
            QualityWarnings qualityWarnings, TestingApi testing) {
        this.history = history;
        this.plans = plans; this.spotCheckTasks = spotCheckTasks;
        this.resultHandling = resultHandling;
        this.qualityWarnings = qualityWarnings;
        this.testing = testing;
    }

    /**
     * Decides whether the actor may see the case with this business key: returns what the key
     * names when he may, and throws {@link NotFoundException} (404) when there is no such case, and
     * {@link OutOfScopeException} (404 too, audited as DENIED) when it lies outside his scope, so that a case he may
     * not see looks like one that does not exist.
     */
    public Kind requireVisible(Actor actor, String businessKey) {
        HistoricProcessInstance newest = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("case", businessKey));
        Kind kind = Kind.of(newest.getProcessDefinitionKey());
        if (kind == null) {
            throw new NotFoundException("case", businessKey);
        }
        try {
            switch (kind) {
                case SPOT_CHECK -> requireSpotCheck(actor, CaseNumber.of(businessKey));
                case WARNING -> qualityWarnings.getWarning(actor, warningId(businessKey));
                case PLAN -> plans.getPlan(actor, planId(newest.getId()));
            }
        } catch (OutOfScopeException e) {
            // the case exists but lies outside the caller's scope: 404 like a missing case, audited as a
            // refusal naming the case the caller asked for (issue 13.4)
            throw new OutOfScopeException("case", businessKey);
        }
        return kind;
    }

    /**
     * The scoped module reads that never fail come first; the spot-check task's read, which throws
     * outside the scope, comes last and so answers 404 when nothing admitted the caller.
     */
    private void requireSpotCheck(Actor actor, CaseNumber caseNumber) {
        // the authority the case was escalated to, and the parties of the result-handling case
        if (!resultHandling.casesOfTask(actor, caseNumber.value()).isEmpty()) {
            return;
        }
        // a lab holding a lab sample of the case: the first lab, the re-test lab, a re-inspection's lab
        if (!testing.labSamplesOfCase(actor, caseNumber).isEmpty()) {
            return;
        }
        // the organising authority, the drawn samplers, the assigned lab, the checked enterprise
        spotCheckTasks.getSpotCheckTask(actor, caseNumber.value());
    }

    /** The plan id of a plan approval: its process variable. */
    long planId(String processInstanceId) {
        HistoricVariableInstance planId = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(ProcessVariables.PLAN_ID.name()).singleResult();
        if (planId == null) {
            throw new NotFoundException("case", processInstanceId);
        }
        return ((Number) planId.getValue()).longValue();
    }

    static long warningId(String businessKey) {
        try {
            return Long.parseLong(businessKey.substring("YJ-".length()));
        } catch (RuntimeException e) {
            throw new NotFoundException("case", businessKey);
        }
    }
}
