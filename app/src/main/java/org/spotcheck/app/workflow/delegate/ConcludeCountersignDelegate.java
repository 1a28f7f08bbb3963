package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.planning.api.Plans;
import org.springframework.stereotype.Component;

/**
 * Concludes a countersign (会签): it passed when at least the required number agreed (the configured
 * share, all by default); otherwise the plan goes back to its drafter. Sets {@code decision}.
 */
@Component("concludeCountersignDelegate")
public class ConcludeCountersignDelegate implements JavaDelegate {

    private final Plans plans;

    public ConcludeCountersignDelegate(Plans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int n = number(execution, "countersignCount");
        int required = number(execution, "countersignRequired");
        int approvals = number(execution, "countersignApprovals");
        int rejections = number(execution, "countersignRejections");
        boolean passed = approvals >= required;
        String summary = "会签 " + n + " 人：同意 " + approvals + "，不同意 " + rejections + "，须同意 " + required
                + (passed ? "，通过" : "，未通过，退回编制人") + " / countersign " + approvals + " of " + n + " agreed, " + required
                + " needed";
        plans.concludeCountersign(number(execution, SpotCheckProcess.PLAN_ID), passed, summary);
        execution.setVariable(SpotCheckProcess.DECISION, passed ? "APPROVE" : "RETURN");
    }

    private static int number(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? 0 : ((Number) value).intValue();
    }
}
