package org.spotcheck.app.web;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Hikari evicts a connection on SQL state 08xxx only. An embedded H2 that hit a full disk closes the database and
 * answers 90098 "database is closed" (or 90028 IO, 90121 shut down) on every pooled connection for ever (issue 13.7):
 * evicting those connections makes the pool open the database again as soon as it can be written.
 * Configured as {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class EvictClosedDatabaseConnections implements SQLExceptionOverride {

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return DatabaseUnavailable.isH2Unavailable(e.getErrorCode())
                ? SQLExceptionOverride.Override.MUST_EVICT : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
