package org.spotcheck.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a right password on the login page: to the second-factor challenge if the account has one,
 * else to the password change or the enrolment it owes, else where the user was going.
 */
class PageLoginSuccessHandler implements AuthenticationSuccessHandler {

    private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    PageLoginSuccessHandler() {
        next.setDefaultTargetUrl("/tasks");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        if (auth.getPrincipal() instanceof SpotcheckUser user) {
            if (user.state().totpEnabled()) {
                request.getSession().setAttribute(AccountStateFilter.SECOND_FACTOR_PENDING, Boolean.TRUE);
                response.sendRedirect(request.getContextPath() + AccountStateFilter.SECOND_FACTOR_PAGE);
                return;
            }
            if (user.state().mustChangePassword()) {
                response.sendRedirect(request.getContextPath() + AccountStateFilter.PASSWORD_PAGE);
                return;
            }
            if (user.state().mustEnrolSecondFactor()) {
                response.sendRedirect(request.getContextPath() + AccountStateFilter.ENROL_PAGE);
                return;
            }
        }
        next.onAuthenticationSuccess(request, response, auth);
    }
}
