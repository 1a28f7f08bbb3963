package org.spotcheck.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.spotcheck.app.audit.AuditFilter;
import org.spotcheck.app.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after authorization on both doors. It names the caller for the audit record and holds back
 * an account that still owes something: a second-factor code after the password (pages), a new
 * password in place of an initial one, or a second-factor enrolment. Over the API an account with
 * a second factor (or one that must enrol) is refused: HTTP Basic cannot carry the code; lab
 * systems use API tokens (ADR 0007).
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String SECOND_FACTOR_PENDING = SecondFactorService.PENDING_SESSION_ATTRIBUTE;

    static final String SECOND_FACTOR_PAGE = "/login/totp";
    static final String PASSWORD_PAGE = "/account/password";
    static final String ENROL_PAGE = "/account/second-factor";

    private static final Set<String> FREE_PREFIXES = Set.of("/webjars/", "/css/", "/js/");
    private static final Set<String> FREE_PATHS = Set.of("/error", "/favicon.ico", "/logout", "/login");

    private final boolean api;

    AccountStateFilter(boolean api) {
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SpotcheckUser user)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(AuditFilter.ACTOR, user.getUsername());
        request.setAttribute(AuditFilter.ACTOR_ORG, user.actor().orgCode());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SpotcheckUser.LoginState state = user.state();
        if (api) {
            if (!state.apiToken() && (state.totpEnabled() || state.mustEnrolSecondFactor())) {
                ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "SECOND_FACTOR_REQUIRED",
                        "this account needs a second factor: log in on the pages; systems use API tokens");
                return;
            }
            if (state.mustChangePassword() && !path.equals("/api/account/password") && !path.equals("/api/account")) {
                ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED",
                        "change the initial password first: POST /api/account/password");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (FREE_PATHS.contains(path) || FREE_PREFIXES.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        String owed = null;
        if (session != null && session.getAttribute(SECOND_FACTOR_PENDING) != null) {
            owed = SECOND_FACTOR_PAGE;
        } else if (state.mustChangePassword()) {
            owed = PASSWORD_PAGE;
        } else if (state.mustEnrolSecondFactor()) {
            owed = ENROL_PAGE;
        }
        if (owed != null && !path.equals(owed)) {
            response.sendRedirect(request.getContextPath() + owed);
            return;
        }
        chain.doFilter(request, response);
    }
}
