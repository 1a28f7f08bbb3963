package org.spotcheck.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowsTest {

    public record Command(String code, long id, boolean retest, BigDecimal limit, List<String> samplers) {
    }

    public static class Row {
        public String code;
        public Long id;
        public Boolean retest;
        public BigDecimal limit;
        public String samplers;
        public String status = "NEW";
    }

    public static class NarrowRow {
        public String code;
        public int id;
        public Boolean retest;
        public BigDecimal limit;
    }

    @Test
    void copiesEachComponentIntoTheFieldOfItsNameBoxingPrimitivesAndLeavesTheOthers() {
        Row row = Rows.copy(new Command("A1", 7L, true, new BigDecimal("0.5"), List.of("s1", "s2")), new Row(), "samplers");

        assertThat(row.code).isEqualTo("A1");
        assertThat(row.id).isEqualTo(7L);
        assertThat(row.retest).isTrue();
        assertThat(row.limit).isEqualByComparingTo("0.5");
        assertThat(row.samplers).as("converted by hand").isNull();
        assertThat(row.status).as("no component of that name").isEqualTo("NEW");
    }

    @Test
    void copiesANullIntoABoxedField() {
        Row row = new Row();
        row.code = "old";

        Rows.copy(new Command(null, 1L, false, null, List.of()), row, "samplers");

        assertThat(row.code).isNull();
        assertThat(row.limit).isNull();
    }

    @Test
    void refusesAComponentTheRowCannotHoldUnlessItIsConvertedByHand() {
        Command command = new Command("A1", 7L, true, BigDecimal.ONE, List.of("s1"));

        assertThatThrownBy(() -> Rows.copy(command, new Row()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samplers");
        assertThatThrownBy(() -> Rows.copy(command, new NarrowRow(), "samplers"))
                .as("a long does not fit an int").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    }

    @Test
    void refusesAComponentTheRowHasNoFieldFor() {
        assertThatThrownBy(() -> Rows.copy(new Command("A1", 7L, true, BigDecimal.ONE, List.of()), new NarrowRow(), "id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samplers");
    }

    @Test
    void refusesAHandConvertedNameThatIsNoComponent() {
        assertThatThrownBy(() -> Rows.copy(new Command("A1", 7L, true, BigDecimal.ONE, List.of()), new Row(), "samplers",
                "items")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items");
    }

    public record Ids(List<Long> samplers) {
    }

    public static class StringListRow {
        public List<String> samplers;
    }

    @Test
    void aListOfAnotherElementTypeIsRefusedBeforeAnyValueIsCopied() {
        assertThatThrownBy(() -> Rows.check(Ids.class, StringListRow.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samplers");
        assertThatThrownBy(() -> Rows.copy(new Ids(List.of(1L)), new StringListRow()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCheckWithoutAValueRefusesWhatTheCopyRefuses() {
        assertThatThrownBy(() -> Rows.check(Command.class, Row.class))
                .as("samplers is a List<String> the row keeps as a String").isInstanceOf(IllegalArgumentException.class);
        assertThat(Rows.check(Command.class, Row.class, "samplers")).containsOnlyKeys("code", "id", "retest", "limit");
    }
}
