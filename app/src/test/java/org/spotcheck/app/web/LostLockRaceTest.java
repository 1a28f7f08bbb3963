package org.spotcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.flowable.common.engine.api.FlowableException;
import org.junit.jupiter.api.Test;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
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

    /** ADR 0023: on a page, a lock wait timeout is the error page with 503 and Retry-After; a deadlock stays 409. */
    @Test
    void onAPageALockWaitTimeoutIsARetryable503AndADeadlockStaysA409() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        PageExceptionHandler handler = new PageExceptionHandler(new ProblemTexts(bundle));
        LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            ExtendedModelMap model = new ExtendedModelMap();
            MockHttpServletResponse response = new MockHttpServletResponse();
            SQLException timeout = new SQLTransactionRollbackException("Lock wait timeout exceeded", "40001", 1205);
            assertThat(handler.lostLockRace(new FlowableException("update failed", new PersistenceException(timeout)), model, response))
                    .isEqualTo("error-page");
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("5");
            assertThat(model.get("status")).isEqualTo(503);
            assertThat(model.get("message")).isEqualTo("该记录正被另一项操作占用，请几秒后重试");

            model = new ExtendedModelMap();
            response = new MockHttpServletResponse();
            SQLException deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
            handler.lostLockRace(new FlowableException("update failed", new PersistenceException(deadlock)), model, response);
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.getHeader("Retry-After")).isNull();
            assertThat(model.get("message")).isEqualTo("该记录刚被他人处理，请刷新后重试");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static String name(Method m) {
        return m == null ? null : m.getName();
    }
}
