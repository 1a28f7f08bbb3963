package org.spotcheck.app.workflow.step;

import java.util.List;
import java.util.Map;
import org.spotcheck.app.workflow.variable.ProcessVariables;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.Decision;
import org.spotcheck.shared.RuleViolationException;

/**
 * A review or approval step: the module decides, the process routes on {@code decision} and, for a
 * return, on {@code returnTo}.
 */
abstract class DecisionStep implements TaskStep<DecisionForm> {

    /** Undoes a completed decision's module command (撤回). */
    @FunctionalInterface
    interface Withdrawal {
        void withdraw(Actor actor, Map<String, Object> vars, String comment);
    }

    private final String taskKey;
    private final List<String> returnTargets;
    private Withdrawal withdrawal;

    DecisionStep(String taskKey) {
        this(taskKey, List.of("initiator"));
    }

    DecisionStep(String taskKey, List<String> returnTargets) {
        this.taskKey = taskKey;
        this.returnTargets = List.copyOf(returnTargets);
    }

    @Override
    public String taskKey() {
        return taskKey;
    }

    @Override
    public Class<DecisionForm> formType() {
        return DecisionForm.class;
    }

    @Override
    public List<String> returnTargets() {
        return returnTargets;
    }

    /** Makes the step withdrawable while the next step has not started; {@code withdrawal} undoes the module's command. */
    DecisionStep withdrawnBy(Withdrawal withdrawal) {
        this.withdrawal = withdrawal;
        return this;
    }

    @Override
    public boolean withdrawable() {
        return withdrawal != null;
    }

    @Override
    public void withdraw(Actor actor, Map<String, Object> vars, String comment) {
        if (withdrawal == null) {
            TaskStep.super.withdraw(actor, vars, comment);
        } else {
            withdrawal.withdraw(actor, vars, comment);
        }
    }

    @Override
    public Map<String, Object> complete(Actor actor, Map<String, Object> vars, DecisionForm form) {
        String returnTo = form.returnTo() == null ? returnTargets.get(0) : form.returnTo();
        if (form.decision() == Decision.RETURN && !returnTargets.contains(returnTo)) {
            throw new RuleViolationException("returnTo", "RETURN_TARGET_NOT_AVAILABLE",
                    "this step returns only to " + returnTargets, String.join("、", returnTargets), returnTargets.toString());
        }
        Map<String, Object> out = new java.util.HashMap<>(extraVariables(actor, vars, form));
        decide(actor, vars, new DecisionForm(form.decision(), form.comment(), returnTo, form.countersigners()));
        out.put(ProcessVariables.DECISION.name(), form.decision().name());
        out.put(ProcessVariables.RETURN_TO.name(), returnTo);
        return out;
    }

    abstract void decide(Actor actor, Map<String, Object> vars, DecisionForm form);

    /** More process variables from the form, checked before the module decides; no countersign by default. */
    Map<String, Object> extraVariables(Actor actor, Map<String, Object> vars, DecisionForm form) {
        if (!form.countersigners().isEmpty()) {
            throw new RuleViolationException("countersigners", "COUNTERSIGN_NOT_AVAILABLE",
                    "this step cannot ask for a countersign");
        }
        return Map.of();
    }
}
