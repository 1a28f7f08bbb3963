package org.spotcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.flowable.common.engine.api.FlowableException;
import org.junit.jupiter.api.Test;

/**
 * A deadlock inside a Flowable command reaches the web layer as FlowableException → PersistenceException →
 * the driver's exception (seen on MariaDB when two lab approvers approved at the same moment, issue 15): it is a
 * lost race (409), while any other engine failure stays a server error.
 */
class LostLockRaceTest {

    @Test
    void aDeadlockOrLockTimeoutWrappedByTheEngineIsALostRace() {
        SQLException deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
        assertThat(LostLockRace.in(new FlowableException("update failed", new PersistenceException(deadlock)))).isTrue();
        SQLException lockWait = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
        assertThat(LostLockRace.in(new PersistenceException(lockWait))).isTrue();
    }

    @Test
    void otherEngineFailuresAreNot() {
        SQLException syntax = new SQLException("You have an error in your SQL syntax", "42000", 1064);
        assertThat(LostLockRace.in(new FlowableException("query failed", new PersistenceException(syntax)))).isFalse();
        assertThat(LostLockRace.in(new FlowableException("no such process definition"))).isFalse();
    }
}
