package org.spotcheck.testing.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spotcheck.testing.api.RegisterLabSampleCommand;
import org.spotcheck.testing.internal.persistence.LabSampleRow;
import org.spotcheck.testing.internal.persistence.TestItemRow;

/**
 * The registration keeps the lab sample as sent (LabSampleRows): each component of the command, given a value of its
 * own, is found in the row's field of the same name, but those converted by hand (the samplers joined, the items in
 * their own rows). A component added to the command and not written in LabSampleRows fails here.
 */
class LabSampleRowsTest {

    @Test
    void everyComponentOfTheCommandIsInItsColumn() throws Exception {
        RegisterLabSampleCommand.ItemSpec spec = distinct(RegisterLabSampleCommand.ItemSpec.class);
        RegisterLabSampleCommand command = distinct(RegisterLabSampleCommand.class);
        LabSampleRow row = LabSampleRows.sample(command);

        assertThat(unmatched(command, row, Set.of("samplers", "items"))).isEmpty();
        assertThat(row.samplers).isEqualTo("samplers-1,samplers-2");
        TestItemRow item = LabSampleRows.item(spec, 7L, 3);
        assertThat(unmatched(spec, item, Set.of())).isEmpty();
        assertThat(item.labSampleId).isEqualTo(7L);
        assertThat(item.seq).isEqualTo(3);
    }

    @Test
    void anItemWithoutAMethodStoresNone() {
        RegisterLabSampleCommand.ItemSpec spec = new RegisterLabSampleCommand.ItemSpec("TP-01", "吸水性", null, "MIN",
                BigDecimal.ONE, null, null, null, "mm", 1, null, "A");
        assertThat(LabSampleRows.item(spec, 1L, 1).method).isEmpty();
    }

    /** The components whose value the row's field of the same name does not hold. */
    private static List<String> unmatched(Record command, Object row, Set<String> byHand) throws Exception {
        List<String> unmatched = new ArrayList<>();
        for (RecordComponent c : command.getClass().getRecordComponents()) {
            if (byHand.contains(c.getName())) {
                continue;
            }
            Object value = c.getAccessor().invoke(command);
            Object stored;
            try {
                stored = row.getClass().getField(c.getName()).get(row);
            } catch (NoSuchFieldException none) {
                stored = "(no column)";
            }
            if (!value.equals(stored)) {
                unmatched.add(c.getName() + ": " + value + " -> " + stored);
            }
        }
        return unmatched;
    }

    /** A record whose components each have a value no other has (true for a flag, a number from its position). */
    private static <R extends Record> R distinct(Class<R> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i], i + 1);
        }
        Constructor<R> canonical = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
        return canonical.newInstance(values);
    }

    private static Object value(RecordComponent c, int n) {
        Class<?> type = c.getType();
        Map<Class<?>, Object> values = Map.of(String.class, c.getName() + "-" + n, long.class, (long) n, Long.class, (long) n,
                int.class, n, Integer.class, n, boolean.class, true, Boolean.class, true, BigDecimal.class, BigDecimal.valueOf(n, 1));
        if (type == List.class) {
            return "samplers".equals(c.getName()) ? List.of("samplers-1", "samplers-2") : List.of();
        }
        if (!values.containsKey(type)) {
            throw new IllegalStateException("a value for " + c.getName() + " of " + type);
        }
        return values.get(type);
    }
}
