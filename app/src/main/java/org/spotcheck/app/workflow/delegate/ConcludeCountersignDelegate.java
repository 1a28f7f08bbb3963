package org.spotcheck.app.workflow.delegate;

import org.spotcheck.app.workflow.text.StoredTexts;
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
    private final StoredTexts texts;

    public ConcludeCountersignDelegate(Plans plans, StoredTexts texts) {
        this.plans = plans;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int n = ProcessVariables.COUNTERSIGN_COUNT.in(execution, 0);
        int required = ProcessVariables.COUNTERSIGN_REQUIRED.in(execution, 0);
        int approvals = ProcessVariables.COUNTERSIGN_APPROVALS.in(execution, 0);
        int rejections = ProcessVariables.COUNTERSIGN_REJECTIONS.in(execution, 0);
        boolean passed = new CountersignQuorum(n, required).passedWith(approvals);
        // stored in Chinese with its key and arguments, read in each reader's language (issue 17, brief texts17)
        org.spotcheck.shared.StoredMessage message = org.spotcheck.shared.StoredMessage.of(
                passed ? "stored.countersign.passed" : "stored.countersign.failed",
                String.valueOf(n), String.valueOf(approvals), String.valueOf(rejections), String.valueOf(required));
        plans.concludeCountersign(ProcessVariables.PLAN_ID.in(execution), passed, texts.zh(message.key(), message.zhArgs()), message);
        ProcessVariables.DECISION.set(execution, passed ? "APPROVE" : "RETURN");
    }
}
