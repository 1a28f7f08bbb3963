package org.spotcheck.app.workflow.step;

import java.util.Map;
import org.spotcheck.shared.Actor;

/**
 * A step that is only its key, its form, one module call and its page (with what the page model holds,
 * {@link TaskStep#contextTypes()}): the steps written as lambdas
 * instead of one more anonymous class per user task.
 */
record SimpleStep<F>(String taskKey, Class<F> formType, Completion<F> completion, Page page,
        Map<String, java.lang.reflect.Type> contextTypes) implements TaskStep<F> {

    /** What completing the task does: one module call, and the process variables to set. */
    @FunctionalInterface
    interface Completion<F> {
        Map<String, Object> complete(Actor actor, Map<String, Object> vars, F form);
    }

    /** The page's model. */
    @FunctionalInterface
    interface Page {
        Map<String, Object> model(Actor actor, Map<String, Object> vars);
    }

    @Override
    public Map<String, Object> complete(Actor actor, Map<String, Object> variables, F form) {
        return completion.complete(actor, variables, form);
    }

    @Override
    public Map<String, Object> pageModel(Actor actor, Map<String, Object> variables) {
        return page.model(actor, variables);
    }
}
