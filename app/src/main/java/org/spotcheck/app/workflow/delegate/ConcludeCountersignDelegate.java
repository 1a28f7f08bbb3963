package org.spotcheck.app.workflow.delegate;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.planning.api.CountersignQuorum;
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
        int n = ProcessVariables.COUNTERSIGN_COUNT.in(execution, 0);
        int required = ProcessVariables.COUNTERSIGN_REQUIRED.in(execution, 0);
        int approvals = ProcessVariables.COUNTERSIGN_APPROVALS.in(execution, 0);
        int rejections = ProcessVariables.COUNTERSIGN_REJECTIONS.in(execution, 0);
        boolean passed = new CountersignQuorum(n, required).passedWith(approvals);
        String summary = "会签 " + n + " 人：同意 " + approvals + "，不同意 " + rejections + "，须同意 " + required
                + (passed ? "，通过" : "，未通过，退回编制人") + " / countersign " + approvals + " of " + n + " agreed, " + required
                + " needed";
        plans.concludeCountersign(ProcessVariables.PLAN_ID.in(execution), passed, summary);
        ProcessVariables.DECISION.set(execution, passed ? "APPROVE" : "RETURN");
    }
}
