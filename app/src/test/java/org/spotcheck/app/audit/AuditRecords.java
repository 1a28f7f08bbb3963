package org.spotcheck.app.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test side of the request audit: the audit filter writes a request's record after its response has gone out (in its
 * finally), so a client that reads the audit log right after an answer can be ahead of the record. This filter sits
 * just outside {@link AuditFilter} and notes the requests inside it by the order they entered; when a request leaves
 * it, the audit filter's finally has run in the same thread, so its record is written. {@link #awaitRecorded} waits
 * for exactly that, without guessing a time (issue 16.6). Registered in every test application by
 * {@code META-INF/spring/...AutoConfiguration.imports} of the test resources: nothing of it is in the app.
 */
public final class AuditRecords extends OncePerRequestFilter {

    private static final AtomicLong ENTERED = new AtomicLong();
    private static final ConcurrentSkipListSet<Long> INSIDE = new ConcurrentSkipListSet<>();
    private static final AtomicInteger WAITING = new AtomicInteger();
    private static final Object LEFT = new Object();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long ticket = ENTERED.incrementAndGet();
        INSIDE.add(ticket);
        try {
            chain.doFilter(request, response);
        } finally {
            left(ticket);
        }
    }

    private static void left(long ticket) {
        INSIDE.remove(ticket);
        if (WAITING.get() > 0) {
            synchronized (LEFT) {
                LEFT.notifyAll();
            }
        }
    }

    /** How many requests have entered the filter in this JVM: none after a request means it is not registered. */
    public static long entered() {
        return ENTERED.get();
    }

    /**
     * Waits until every request that entered the audit filter (in this JVM) before the call has left it, with its audit
     * record written: the client has its answer before that. Returns false only if one of them is still inside after
     * {@code atMost}, a request that hangs rather than a slow one.
     */
    public static boolean awaitRecorded(Duration atMost) throws InterruptedException {
        long mark = ENTERED.get();
        long deadline = System.nanoTime() + atMost.toNanos();
        WAITING.incrementAndGet();
        try {
            synchronized (LEFT) {
                while (true) {
                    Long oldest = INSIDE.ceiling(Long.MIN_VALUE);
                    if (oldest == null || oldest > mark) {
                        return true;
                    }
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0) {
                        return false;
                    }
                    LEFT.wait(Math.max(1, remaining / 1_000_000));
                }
            }
        } finally {
            WAITING.decrementAndGet();
        }
    }

    /** The filter in every test application, one place further out than the audit filter (AuditConfiguration). */
    @AutoConfiguration
    public static class Registration {

        @Bean
        FilterRegistrationBean<AuditRecords> auditRecordsRegistration() {
            FilterRegistrationBean<AuditRecords> registration = new FilterRegistrationBean<>(new AuditRecords());
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 11);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
