package org.spotcheck.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a facade method that only the process may call: it does not check the caller, because
 * the BPMN process reaching that step is the check (ADR 0001). {@code ModuleArchitectureTest}
 * allows calls to such a method only from the process glue in {@code app.workflow.delegate} and
 * {@code app.workflow.step}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ProcessOnly {
}
