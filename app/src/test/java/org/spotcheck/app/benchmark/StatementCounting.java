package org.spotcheck.app.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the benchmark thread sends to the database, on the client: every
 * execute/executeQuery/executeUpdate, every batch entry, every commit and rollback (issue 14.2). The
 * server's performance_schema is off on the shared MariaDB and its global {@code Questions} counter
 * also sees the other databases, so the count is taken in the JDBC layer, for the measuring thread only.
 */
@TestConfiguration
class StatementCounting {

    /** Statements sent by the threads that called {@link #measure()} (the benchmark's client threads). */
    static final AtomicLong COUNT = new AtomicLong();
    private static final java.util.Set<Thread> MEASURED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** When not null, the SQL text of every statement of the measured threads is appended here (-Dbenchmark.sql). */
    private static volatile java.util.List<String> log;

    static void measure() {
        MEASURED.add(Thread.currentThread());
    }

    static void done() {
        MEASURED.remove(Thread.currentThread());
    }

    static long count() {
        return COUNT.get();
    }

    /** Starts (a list) or stops (null) recording the SQL text of the measured threads' statements. */
    static void log(java.util.List<String> into) {
        log = into == null ? null : java.util.Collections.synchronizedList(into);
    }

    private static void counted(long n) {
        if (MEASURED.contains(Thread.currentThread())) {
            COUNT.addAndGet(n);
        }
    }

    /**
     * When not null, every HTTP request the server answers is recorded here with the SQL it sent, in order (commits
     * as {@code COMMIT}): the per-request profile of the plan cycle ({@link PlanCycles}, -Dbenchmark.inbox.planSql).
     */
    private static volatile java.util.List<RequestSql> requests;
    private static final ThreadLocal<java.util.List<String>> REQUEST_SQL = new ThreadLocal<>();

    /** One HTTP request and the statements it sent. */
    record RequestSql(String request, java.util.List<String> sql) {
        long commits() {
            return sql.stream().filter("COMMIT"::equals).count();
        }
    }

    /** Starts (a list) or stops (null) recording each HTTP request's statements. */
    static void requests(java.util.List<RequestSql> into) {
        requests = into == null ? null : java.util.Collections.synchronizedList(into);
    }

    private static void inRequest(String sql) {
        java.util.List<String> into = REQUEST_SQL.get();
        if (into != null) {
            into.add(sql == null ? "?" : sql.replaceAll("\\s+", " ").trim());
        }
    }

    @Bean
    static org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> requestStatements() {
        jakarta.servlet.Filter filter = (request, response, chain) -> {
            java.util.List<RequestSql> into = requests;
            if (into == null || !(request instanceof jakarta.servlet.http.HttpServletRequest http)) {
                chain.doFilter(request, response);
                return;
            }
            java.util.List<String> sql = new java.util.ArrayList<>();
            REQUEST_SQL.set(sql);
            try {
                chain.doFilter(request, response);
            } finally {
                REQUEST_SQL.remove();
                into.add(new RequestSql(http.getMethod() + " " + http.getRequestURI(), sql));
            }
        };
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static void logged(String sql) {
        inRequest(sql);
        java.util.List<String> into = log;
        if (into != null && MEASURED.contains(Thread.currentThread())) {
            into.add(sql == null ? "?" : sql.replaceAll("\\s+", " ").trim());
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
                    return proxy(DataSource.class, ds, (target, method, args) -> {
                        Object result = invoke(target, method, args);
                        return result instanceof Connection c ? connection(c) : result;
                    });
                }
                return bean;
            }
        };
    }

    private static Connection connection(Connection c) {
        return proxy(Connection.class, c, (target, method, args) -> {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)) {
                counted(1);
                logged(name.toUpperCase(java.util.Locale.ROOT));
            }
            Object result = invoke(target, method, args);
            String prepared = args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
            if (result instanceof CallableStatement s) {
                return statement(CallableStatement.class, s, prepared);
            }
            if (result instanceof PreparedStatement s) {
                return statement(PreparedStatement.class, s, prepared);
            }
            if (result instanceof Statement s) {
                return statement(Statement.class, s, null);
            }
            return result;
        });
    }

    private static <S extends Statement> S statement(Class<S> type, S s, String prepared) {
        return proxy(type, s, (target, method, args) -> {
            String name = method.getName();
            if (name.equals("addBatch") || name.startsWith("execute") && !name.equals("executeBatch")
                    && !name.equals("executeLargeBatch")) {
                counted(1);
                logged(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
            }
            return invoke(target, method, args);
        });
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler h = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args.length == 1 && ((Class<?>) args[0]).isInstance(target)) {
                return target;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
