package org.spotcheck.app.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every state change (any request that is not GET/HEAD/OPTIONS), every refused request
 * (401/403, including CSRF refusals) and every request to the administrators' areas, with who,
 * what, where and the outcome. It sits outside Spring Security so that it also sees what the
 * security filters refuse. Logins, failed logins, lockouts and logout are recorded by the security
 * event listeners instead ({@link #markRecorded()}).
 */
public class AuditFilter extends OncePerRequestFilter {

    /** Request attribute: the authenticated username, set inside the security chain. */
    public static final String ACTOR = AuditFilter.class.getName() + ".actor";
    /** Request attribute: the organisation of the authenticated user. */
    public static final String ACTOR_ORG = AuditFilter.class.getName() + ".org";
    /** Request attribute: a domain detail to add to the record. */
    public static final String DETAIL = AuditFilter.class.getName() + ".detail";
    /** Request attribute: the request has been recorded already. */
    public static final String RECORDED = AuditFilter.class.getName() + ".recorded";
    /** The resource an existing record outside the caller's data scope was refused for (answered 404). */
    public static final String OUT_OF_SCOPE = AuditFilter.class.getName() + ".outOfScope";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> ADMIN_AREAS = Set.of("/api/admin", "/api/security", "/api/audit", "/admin", "/security", "/audit");

    private final AuditLog auditLog;

    AuditFilter(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Adds a domain detail ("granted PLANNER to x") to the record of the current request. */
    public static void describe(String detail) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(DETAIL, detail, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /**
     * The request was refused because the record exists outside the caller's data scope: answered
     * 404 like a missing record, but audited as DENIED naming the resource, so cross-organisation
     * probing leaves a trace (issue 13.4). A plain missing record stays unaudited on a read.
     */
    public static void refusedOutOfScope(String resource) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(OUT_OF_SCOPE, resource, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The current request has its own audit record (login, logout, second factor): the filter adds none. */
    public static void markRecorded() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(RECORDED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean failed = false;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            failed = true;
            throw e;
        } finally {
            int status = failed ? 500 : response.getStatus();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getAttribute(RECORDED) == null && (request.getAttribute(OUT_OF_SCOPE) != null
                    || shouldRecord(request.getMethod(), path, status))) {
                record(request, path, status);
            }
        }
    }

    static boolean shouldRecord(String method, String path, int status) {
        if (path.equals("/login") || path.equals("/logout") || path.startsWith("/webjars/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.equals("/favicon.ico")) {
            return false;
        }
        if (!SAFE.contains(method) || status == 401 || status == 403) {
            return true;
        }
        return ADMIN_AREAS.stream().anyMatch(area -> path.equals(area) || path.startsWith(area + "/"));
    }

    private void record(HttpServletRequest request, String path, int status) {
        String actor = (String) request.getAttribute(ACTOR);
        String org = (String) request.getAttribute(ACTOR_ORG);
        if (actor == null) {
            actor = sessionUser(request);
        }
        String outOfScope = (String) request.getAttribute(OUT_OF_SCOPE);
        AuditOutcome outcome = status == 401 || status == 403 || outOfScope != null ? AuditOutcome.DENIED
                : status >= 400 ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS;
        String detail = outOfScope != null ? "outside the data scope: " + outOfScope : (String) request.getAttribute(DETAIL);
        String target = SAFE.contains(request.getMethod()) && request.getQueryString() != null
                ? path + "?" + request.getQueryString() : path;
        auditLog.appendQuietly(new AuditEvent(actor, org, "HTTP_" + request.getMethod(), target, outcome, status,
                request.getRemoteAddr(), detail));
    }

    /** The page user of a request that Spring Security refused before it named him (a CSRF refusal, say). */
    private static String sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext sc) {
                Authentication auth = sc.getAuthentication();
                return auth == null ? null : auth.getName();
            }
        } catch (IllegalStateException invalidated) {
            return null;
        }
        return null;
    }
}
