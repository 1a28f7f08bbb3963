package org.spotcheck.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.spotcheck.app.audit.AuditEvent;
import org.spotcheck.app.audit.AuditFilter;
import org.spotcheck.app.audit.AuditLog;
import org.spotcheck.app.audit.AuditOutcome;
import org.spotcheck.app.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer sct_...} on /api/**: a lab system's token (see {@link ApiTokenService}). */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final AuditLog auditLog;

    ApiTokenFilter(ApiTokenService tokens, AuditLog auditLog) {
        this.tokens = tokens;
        this.auditLog = auditLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SpotcheckUser> user = tokens.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            auditLog.appendQuietly(AuditEvent.of(null, null, "API_TOKEN_REJECTED", request.getRequestURI(), AuditOutcome.DENIED,
                    request.getRemoteAddr(), "unknown, expired or revoked token"));
            request.setAttribute(AuditFilter.RECORDED, Boolean.TRUE);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "INVALID_TOKEN",
                    "the token is unknown, expired or revoked");
            return;
        }
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }
}
