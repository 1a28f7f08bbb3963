package org.spotcheck.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: an exception anywhere below it (security's user lookup, the audit filter, a controller)
 * that says the database is away becomes 503 problem+json with {@code Retry-After} (issue 13.5), not a 500 page.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (LockWaitTimeout.in(e)) {
                // before "away": H2 reports a lock wait timeout as an SQLTimeoutException (ADR 0023)
                log.info("lock wait timeout: {} {}: {} (through {})", request.getMethod(), request.getRequestURI(), rootMessage(e), where(e));
                LockWaitTimeout.write(request, response);
                return;
            }
            if (!DatabaseUnavailable.in(e)) {
                throw e;
            }
            log.warn("database unavailable: {} {}: {} (through {})", request.getMethod(), request.getRequestURI(), rootMessage(e),
                    where(e));
            log.debug("database unavailable: {} {}", request.getMethod(), request.getRequestURI(), e);
            DatabaseUnavailable.write(request, response);
        }
    }

    /**
     * Where the root cause was thrown from in the application's own code (the first {@code org.spotcheck} frame of the
     * root cause), so that one request's 503 among others' successes can be traced (walk 17g saw 503s on one case's
     * 送达 only, with no place named); the whole stack is logged at debug.
     */
    static String where(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        for (Throwable link : new Throwable[] {t, e}) {
            for (StackTraceElement frame : link.getStackTrace()) {
                if (frame.getClassName().startsWith("org.spotcheck.") && !frame.getClassName().contains("DatabaseUnavailable")) {
                    return frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
                }
            }
        }
        return "no application frame";
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
