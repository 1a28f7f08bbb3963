package org.spotcheck.app.workflow.step;

import java.util.Map;
import org.spotcheck.shared.Actor;

/**
 * What completing one kind of user task does: validate the form, call one module API, and
 * return the process variables to set. One implementation per BPMN user-task id.
 *
 * @param <F> the form record, read from the JSON body or the page's form fields
 */
public interface TaskStep<F> {

    /** The BPMN user-task id this step completes. */
    String taskKey();

    Class<F> formType();

    /** The form type for this body; a step whose form depends on a field (an outcome) overrides this. */
    default Class<? extends F> formTypeFor(Map<String, Object> body) {
        return formType();
    }

    /**
     * The form as JSON Schema (draft 2020-12): served with the task ({@code GET /api/tasks/{id}}) and
     * checked against every completion before {@link #complete} runs. By default generated from
     * {@link #formType()}; a step whose form depends on an outcome or on the case (result entry) overrides it.
     */
    default org.spotcheck.app.workflow.form.FormSchema formSchema(org.spotcheck.app.workflow.form.FormSchemas schemas,
            Actor actor, Map<String, Object> variables) {
        return schemas.of(formType());
    }

    /** Runs the step inside the completion transaction. */
    Map<String, Object> complete(Actor actor, Map<String, Object> variables, F form);

    /**
     * Where a return (驳回) of this step may go, the default first: {@code initiator} (the step that
     * drafted what is decided here) or {@code previous} (the step just before); empty when the step
     * has no return.
     */
    default java.util.List<String> returnTargets() {
        return java.util.List.of();
    }

    /** Whether a completed task of this step can be withdrawn (撤回) while the next step has not started. */
    default boolean withdrawable() {
        return false;
    }

    /** Undoes this step's module command when it is withdrawn; runs in the withdrawal's transaction. */
    default void withdraw(Actor actor, Map<String, Object> variables, String comment) {
        throw new UnsupportedOperationException(taskKey() + " cannot be withdrawn");
    }

    /** A blank or prefilled form for the page. */
    default Map<String, Object> pageModel(Actor actor, Map<String, Object> variables) {
        return Map.of();
    }

    /**
     * What {@link #pageModel} may hold, by key and type ({@link ContextTypes}): {@code GET /api/tasks/{id}} serves the
     * page model as {@code context}, whose schema ({@code TaskContext}) is the union of these declarations, and a page
     * model with an undeclared key is refused ({@link ContextTypes#check}).
     */
    default Map<String, java.lang.reflect.Type> contextTypes() {
        return Map.of();
    }
}
