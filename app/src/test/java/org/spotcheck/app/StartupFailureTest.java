package org.spotcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.BindException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.PortInUseException;

class StartupFailureTest {

    @Test
    void aPortInUseIsOneLineNamingThePort() {
        Throwable failure = new IllegalStateException("context", new PortInUseException(8080, new BindException("Address already in use")));
        String line = StartupFailure.describe(failure);
        assertThat(line).contains("port 8080 is already in use").doesNotContain("\\n");
        assertThat(StartupFailure.isKnown(failure)).isTrue();
    }

    @Test
    void anUnreachableDatabaseIsOneLineNamingTheSettings() {
        Throwable failure = new IllegalStateException("flyway", new SQLException("Communications link failure",
                new ConnectException("Connection refused")));
        String line = StartupFailure.describe(failure);
        assertThat(line).contains("database cannot be reached").contains("SPOTCHECK_DB_URL").doesNotContain("\\n");
        assertThat(StartupFailure.isKnown(failure)).isTrue();
    }

    @Test
    void aLockedEmbeddedDatabaseSaysAnotherProcessUsesIt() {
        Throwable failure = new IllegalStateException("h2", new SQLException("x", new RuntimeException("The file is locked: ./data/spotcheck.mv.db")));
        assertThat(StartupFailure.describe(failure)).contains("already running");
    }

    @Test
    void anUnknownFailureIsNotHidden() {
        Throwable failure = new IllegalStateException("wiring", new NoSuchMethodError("something odd"));
        assertThat(StartupFailure.isKnown(failure)).isFalse();
        assertThat(StartupFailure.describe(failure)).contains("NoSuchMethodError").contains("something odd");
    }
}
