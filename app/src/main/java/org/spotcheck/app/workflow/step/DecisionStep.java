package org.spotcheck.app.workflow.step;

import java.util.Map;
import org.spotcheck.app.workflow.SpotCheckProcess;
import org.spotcheck.shared.Actor;

/** A review or approval step: the module decides, the process routes on {@code decision}. */
abstract class DecisionStep implements TaskStep<DecisionForm> {

    private final String taskKey;

    DecisionStep(String taskKey) {
        this.taskKey = taskKey;
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
    public Map<String, Object> complete(Actor actor, Map<String, Object> vars, DecisionForm form) {
        decide(actor, vars, form);
        return Map.of(SpotCheckProcess.DECISION, form.decision().name());
    }

    abstract void decide(Actor actor, Map<String, Object> vars, DecisionForm form);
}
