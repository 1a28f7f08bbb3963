package org.spotcheck.app.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.spotcheck.app.security.SpotcheckUser;
import org.spotcheck.app.web.ProblemTexts;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.SpotcheckException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Helpers of the account and administration pages. */
final class PageSessions {

    private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private PageSessions() {
    }

    /** Puts a freshly loaded user into the page session (after a password change or an enrolment). */
    static void replacePrincipal(SpotcheckUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }

    /** Shows a refused action's message on the next page. */
    static String refused(ProblemTexts texts, SpotcheckException e, RedirectAttributes redirect, String target) {
        redirect.addFlashAttribute("error", texts.of(e));
        return "redirect:" + target;
    }

    /** Runs an administrator's action and goes back to the target page; a refusal (403) is shown there. */
    static String unlessRefused(ProblemTexts texts, RedirectAttributes redirect, String target, Runnable action) {
        try {
            action.run();
        } catch (AccessRefusedException e) {
            return refused(texts, e, redirect, target);
        }
        return "redirect:" + target;
    }
}
