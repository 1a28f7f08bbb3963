package org.spotcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.flowable.common.engine.api.FlowableException;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * A deadlock inside a Flowable command reaches the web layer as FlowableException → PersistenceException → the
 * driver's SQLTransactionRollbackException (seen on MariaDB when two lab approvers approved at the same moment,
 * issue 15). Spring resolves the handler along the cause chain, as it does at run time: the lost race is a 409,
 * a rule violation thrown inside the engine still gets its own answer, and other engine failures stay 500.
 */
class LostLockRaceTest {

    private final ExceptionHandlerMethodResolver api = new ExceptionHandlerMethodResolver(ApiExceptionHandler.class);
    private final ExceptionHandlerMethodResolver pages = new ExceptionHandlerMethodResolver(PageExceptionHandler.class);

    @Test
    void aDeadlockWrappedByTheEngineIsALostRace() {
        SQLException deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
        FlowableException wrapped = new FlowableException("update failed", new PersistenceException(deadlock));
        assertThat(name(api.resolveMethodByThrowable(wrapped))).isEqualTo("lostLockRace");
        assertThat(name(pages.resolveMethodByThrowable(wrapped))).isEqualTo("lostLockRace");
    }

    @Test
    void aRuleViolationInsideTheEngineKeepsItsOwnAnswerAndOtherFailuresHaveNone() {
        RuleViolationException rule = new RuleViolationException(null, "LAB_CONFLICT", "conflict");
        assertThat(name(api.resolveMethodByThrowable(new FlowableException("delegate failed", rule))))
                .isNotEqualTo("lostLockRace").isNotNull();
        SQLException syntax = new SQLException("You have an error in your SQL syntax", "42000", 1064);
        assertThat(api.resolveMethodByThrowable(new FlowableException("query failed", new PersistenceException(syntax)))).isNull();
    }

    private static String name(Method m) {
        return m == null ? null : m.getName();
    }
}
