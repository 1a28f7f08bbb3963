package org.spotcheck.app;

import java.net.BindException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.web.server.PortInUseException;

/** Turns a start-up failure into one clear line instead of a stack-trace wall. */
public final class StartupFailure {

    /** Loggers that would print the failure's stack trace before main() reports it. */
    public static final java.util.Map<String, Object> QUIET_STARTUP_FAILURE_LOGGING = java.util.Map.of(
            "logging.level.org.springframework.boot.SpringApplication", "off",
            "logging.level.org.springframework.boot.web.server.servlet.context", "error",
            "logging.level.com.zaxxer.hikari.pool.HikariPool", "off",
            "logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "off",
            "logging.level.org.springframework.boot.autoconfigure.logging", "off");

    private static final String UNKNOWN = "Spotcheck could not start (see the trace above): ";

    private StartupFailure() {
    }

    /** A failure with a known cause (port in use, database unreachable or locked): one line is enough. */
    public static boolean isKnown(Throwable failure) {
        return !describe(failure).startsWith(UNKNOWN);
    }

    public static String describe(Throwable failure) {
        Throwable root = failure;
        PortInUseException portInUse = null;
        SQLException sql = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            root = t;
            if (t instanceof PortInUseException p) {
                portInUse = p;
            }
            if (t instanceof SQLException s && sql == null) {
                sql = s;
            }
        }
        if (portInUse != null || root instanceof BindException) {
            int port = portInUse != null ? portInUse.getPort() : -1;
            return "Spotcheck could not start: port " + (port > 0 ? port : "") + " is already in use. "
                    + "Stop the other program or start with --server.port=<free port>.";
        }
        if (root.getMessage() != null && root.getMessage().contains("The file is locked")) {
            return "Spotcheck could not start: the embedded database in ./data is in use by another process "
                    + "(is Spotcheck already running?). Stop it, or start this one with another database.";
        }
        if (sql != null || root instanceof ConnectException) {
            return "Spotcheck could not start: the database cannot be reached (" + root.getClass().getSimpleName() + ": "
                    + firstLine(root.getMessage()) + "). Check SPOTCHECK_DB_URL, SPOTCHECK_DB_USER and SPOTCHECK_DB_PASSWORD, "
                    + "and that the server is running.";
        }
        return UNKNOWN + root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
