package org.spotcheck.app.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request id and, where the request names a case, the case number on every log line of the request
 * (issue 15.4, ADR 0016), as the MDC keys {@code requestId} and {@code caseNumber}. The plain console pattern shows
 * them in brackets; the structured JSON formats (ECS, Logstash) carry them as fields.
 * <ul>
 * <li>Request id: the caller's {@code X-Request-Id} (a load balancer's or a client's) if it is 1 to 64 of
 * {@code [A-Za-z0-9._:-]}, else a new UUID; answered in the response's {@code X-Request-Id} either way.</li>
 * <li>Case number: from the path ({@code /cases/<no>}, {@code /api/cases/<no>/...}); for a task command
 * ({@code /tasks/<id>...}, {@code /api/tasks/<id>...}) {@link #caseOfTask} adds the business key of the task's process
 * once the caller is authenticated (one lookup by primary key; {@code spotcheck.logging.case-of-task=false} turns it
 * off).</li>
 * </ul>
 * Runs first of all filters but the body-size guard, so the security, audit and database-unavailable filters' lines
 * carry the ids too. At DEBUG it logs one line per request with its status and duration.
 */
class RequestLogContextFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String REQUEST_ID = "requestId";
    static final String CASE_NUMBER = "caseNumber";

    private static final Logger log = LoggerFactory.getLogger(RequestLogContextFilter.class);
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern CASE_PATH = Pattern.compile("^(?:/api)?/cases/([^/]{1,64})");
    private static final Pattern TASK_PATH = Pattern.compile("^(?:/api)?/tasks/([0-9a-fA-F-]{1,64})(?:/|$)");
    private static final Pattern SAFE_CASE = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");


    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String requestId = given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, requestId);
        long started = System.nanoTime();
        MDC.put(REQUEST_ID, requestId);
        try {
            String caseNumber = caseNumber(request.getRequestURI().substring(request.getContextPath().length()));
            if (caseNumber != null) {
                MDC.put(CASE_NUMBER, caseNumber);
            }
            chain.doFilter(request, response);
        } finally {
            if (log.isDebugEnabled()) {
                log.debug("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove(REQUEST_ID);
            MDC.remove(CASE_NUMBER);
        }
    }

    private static String caseNumber(String path) {
        Matcher cases = CASE_PATH.matcher(path);
        if (cases.find()) {
            return safe(cases.group(1));
        }
        return null;
    }

    /**
     * A Spring MVC interceptor (it runs after Spring Security, so an anonymous caller never causes the lookup) that adds
     * the case number of the task a task command names.
     */
    static org.springframework.web.servlet.HandlerInterceptor caseOfTask(Function<String, String> businessKeyOfTask) {
        return new org.springframework.web.servlet.HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Matcher tasks = TASK_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
                if (MDC.get(CASE_NUMBER) == null && tasks.find()) {
                    try {
                        String caseNumber = safe(businessKeyOfTask.apply(tasks.group(1)));
                        if (caseNumber != null) {
                            MDC.put(CASE_NUMBER, caseNumber);
                        }
                    } catch (RuntimeException e) {
                        // the database away: the request itself will say so
                    }
                }
                return true;
            }
        };
    }

    private static String safe(String value) {
        return value != null && SAFE_CASE.matcher(value).matches() ? value : null;
    }
}
