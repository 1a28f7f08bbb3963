package org.spotcheck.app.workflow.step;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ResolvableType;

/**
 * What a step's page model may hold ({@link TaskStep#contextTypes()}): each key with the type of its value. The API
 * document's {@code TaskContext} is the union of all steps' declarations, and {@link #check} refuses a page model with
 * a key that its step does not declare or a value of another type, so a key cannot be added to a page without being
 * described (issue 18: the hand-kept list missed keys when branches met).
 */
public final class ContextTypes {

    private ContextTypes() {
    }

    /** Declarations from pairs of key and type ({@link Class} or {@link #listOf}). */
    public static Map<String, Type> of(Object... keysAndTypes) {
        return plus(Map.of(), keysAndTypes);
    }

    /** {@code base} and more declarations. */
    public static Map<String, Type> plus(Map<String, Type> base, Object... keysAndTypes) {
        Map<String, Type> types = new LinkedHashMap<>(base);
        for (int i = 0; i < keysAndTypes.length; i += 2) {
            types.put((String) keysAndTypes[i], (Type) keysAndTypes[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(types);
    }

    /** A list of {@code element}s. */
    public static Type listOf(Class<?> element) {
        return ResolvableType.forClassWithGenerics(List.class, element).getType();
    }

    /** Refuses a page model that holds what {@code step} does not declare. */
    public static Map<String, Object> check(TaskStep<?> step, Map<String, Object> model) {
        Map<String, Type> declared = step.contextTypes();
        model.forEach((key, value) -> {
            Type type = declared.get(key);
            if (type == null) {
                throw new IllegalStateException("step " + step.taskKey() + " puts '" + key + "' in its page model without "
                        + "declaring it in contextTypes() (it would be missing from TaskContext)");
            }
            Class<?> raw = ResolvableType.forType(type).resolve(Object.class);
            if (value != null && !raw.isInstance(value)) {
                throw new IllegalStateException("step " + step.taskKey() + " declares '" + key + "' as " + type.getTypeName()
                        + " but its page model holds a " + value.getClass().getName());
            }
        });
        return model;
    }
}
