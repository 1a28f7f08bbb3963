package org.spotcheck.shared.jdbc;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fills a MyBatis row (a class with public fields) from a command record whose components carry the same names:
 * the snapshot a module stores as it was sent (a lab sample's register entry, a rule's test items), without a line
 * {@code row.x = c.x();} for each of them.
 *
 * <p>Strict, so that nothing is lost without a word: every component of the record is either copied into the
 * row's field of the same name (a primitive boxed) or named by the caller as one he converts by hand; a component
 * the row has no field for, or a field of another type, is refused at the first call, and so is a name that is no
 * component (a hand-converted list that outlived the command's change). Row fields the record does not have are left
 * as they are.
 */
public final class Rows {

    private static final ClassValue<Map<String, Field>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            Map<String, Field> fields = new HashMap<>();
            for (Field f : type.getFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
                    fields.put(f.getName(), f);
                }
            }
            return Map.copyOf(fields);
        }
    };

    private Rows() {
    }

    /**
     * Copies the components of {@code source} into the same-named public fields of {@code row}.
     *
     * @param byHand the components the caller converts himself (another type or another name in the row)
     * @return {@code row}
     * @throws IllegalArgumentException when a component has no field of a type that holds it and is not in
     *                                  {@code byHand}, or a name in {@code byHand} is no component
     */
    public static <T> T copy(Record source, T row, String... byHand) {
        Map<String, Field> fields = check(source.getClass(), row.getClass(), byHand);
        for (RecordComponent component : source.getClass().getRecordComponents()) {
            Field field = fields.get(component.getName());
            if (field == null) {
                continue; // converted by hand
            }
            Object value = value(source, component);
            if (value == null && field.getType().isPrimitive()) {
                throw new IllegalArgumentException(component.getName() + " is null: the row's field is a primitive");
            }
            try {
                field.set(row, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return row;
    }

    /**
     * The check {@link #copy} makes, without a value: a service calls it when it is built, so that a command that
     * gained a component its row cannot hold fails the application's start, not the first real registration (review of
     * 2026-12-07). A parameterised component ({@code List<Long>}) needs a field of exactly that type: erasure would
     * otherwise let a {@code List<Long>} into a {@code List<String>} field.
     *
     * @return the row's field for each component that is copied
     */
    public static Map<String, Field> check(Class<? extends Record> source, Class<?> row, String... byHand) {
        Set<String> skipped = Set.of(byHand);
        RecordComponent[] components = source.getRecordComponents();
        for (String name : skipped) {
            if (Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
                throw new IllegalArgumentException(source.getSimpleName() + " has no component " + name);
            }
        }
        Map<String, Field> fields = FIELDS.get(row);
        Map<String, Field> copied = new HashMap<>();
        for (RecordComponent component : components) {
            if (skipped.contains(component.getName())) {
                continue;
            }
            Field field = fields.get(component.getName());
            boolean generic = component.getGenericType() instanceof java.lang.reflect.ParameterizedType;
            if (field == null || !boxed(field.getType()).isAssignableFrom(boxed(component.getType()))
                    || generic && !component.getGenericType().equals(field.getGenericType())) {
                throw new IllegalArgumentException(row.getSimpleName() + " has no field " + component.getName()
                        + " that holds a " + component.getGenericType().getTypeName() + ": convert it by hand");
            }
            copied.put(component.getName(), field);
        }
        return copied;
    }

    private static Object value(Record source, RecordComponent component) {
        try {
            return component.getAccessor().invoke(source);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException(source.getClass().getSimpleName() + " is not public", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "boolean" -> Boolean.class;
            case "byte" -> Byte.class;
            case "short" -> Short.class;
            case "char" -> Character.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            default -> Void.class;
        };
    }
}
