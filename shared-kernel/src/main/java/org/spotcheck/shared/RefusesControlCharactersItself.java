package org.spotcheck.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page handler that checks its own form for control characters ({@link ControlCharacters#refuse}) and shows the
 * refusal beside the field with the rest of the form kept; the application's control-character guard then lets the request through
 * instead of answering a bare error page that loses every input.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RefusesControlCharactersItself {
}
