package org.spotcheck.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComposedFacadeTest {

    interface Greetings {
        String greet(String name);
    }

    interface Counting {
        int count(int from);

        default int twice(int from) {
            return count(from) + count(from);
        }
    }

    interface Both extends Greetings, Counting {
    }

    static final class Greeter implements Greetings {
        @Override
        public String greet(String name) {
            if (name == null) {
                throw InvalidInputException.of("name", "REQUIRED", "a name");
            }
            return "hello " + name;
        }
    }

    static final class Counter implements Counting {
        @Override
        public int count(int from) {
            return from + 1;
        }
    }

    @Test
    void eachCallGoesToThePartOfItsCapability() {
        Both both = ComposedFacade.of(Both.class, new Greeter(), new Counter());

        assertThat(both.greet("Li")).isEqualTo("hello Li");
        assertThat(both.count(1)).isEqualTo(2);
        assertThat(both.twice(1)).isEqualTo(4);
        assertThat(both.toString()).isEqualTo("Both[Greeter, Counter]");
        assertThat(both).isEqualTo(both).isNotEqualTo(ComposedFacade.of(Both.class, new Greeter(), new Counter()));
    }

    @Test
    void aPartsExceptionReachesTheCallerUnwrapped() {
        Both both = ComposedFacade.of(Both.class, new Greeter(), new Counter());

        assertThatThrownBy(() -> both.greet(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMethodWithoutPartOrWithTwoPartsRefusesToStart() {
        assertThatThrownBy(() -> ComposedFacade.of(Both.class, new Greeter()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Counting.count (0 parts)");
        assertThatThrownBy(() -> ComposedFacade.of(Both.class, new Greeter(), new Counter(), new Counter()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Counting.count (2 parts)");
    }
}
