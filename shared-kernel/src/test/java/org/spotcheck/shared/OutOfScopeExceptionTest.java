package org.spotcheck.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutOfScopeExceptionTest {

    @Test
    void aRecordInScopeIsReturnedAMissingOneIsNotFoundAndOneOutOfScopeIsARefusalNamingIt() {
        assertThat(OutOfScopeException.inScope("AUTH-1", "AUTH-1"::equals, "complaint", 7L)).isEqualTo("AUTH-1");
        assertThatThrownBy(() -> OutOfScopeException.inScope(null, r -> true, "complaint", 7L))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> OutOfScopeException.inScope("AUTH-2", "AUTH-1"::equals, "complaint", 7L))
                .isInstanceOfSatisfying(OutOfScopeException.class, e -> assertThat(e.resource()).isEqualTo("complaint 7"));
    }
}
