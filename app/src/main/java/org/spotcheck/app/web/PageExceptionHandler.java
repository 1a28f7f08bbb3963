package org.spotcheck.app.web;

import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.RuleViolationException;
import org.spotcheck.shared.SpotcheckException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.ui.Model;

/** Page errors as a page in the layout, without stack traces. Pages show field errors themselves. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageExceptionHandler {

    private final ProblemTexts texts;

    public PageExceptionHandler(ProblemTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(SpotcheckException e, Model model) {
        if (e instanceof org.spotcheck.shared.OutOfScopeException scope) {
            // answered like a missing record, audited as a refusal (issue 13.4)
            org.spotcheck.app.audit.AuditFilter.refusedOutOfScope(scope.resource());
        }
        return error(model, 404, texts.message("problem.notFound.page"));
    }

    @ExceptionHandler({AccessRefusedException.class, AccessDeniedException.class})
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Exception e, Model model) {
        return error(model, 403, e instanceof SpotcheckException s ? texts.of(s) : texts.message("problem.403"));
    }

    @ExceptionHandler({InvalidInputException.class, RuleViolationException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(SpotcheckException e, Model model) {
        return error(model, 400, e instanceof InvalidInputException i && !i.violations().isEmpty()
                ? texts.of(i.violations().get(0)) : texts.of(e));
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        return error(model, 409, texts.of(e));
    }

    /**
     * A lost lock race (a deadlock inside the engine, a concurrent change): the other user won, nothing was saved. A lock
     * wait timeout is no lost race (ADR 0023): 503 with Retry-After, the same action can be done again in a moment.
     */
    @ExceptionHandler({java.sql.SQLTransactionRollbackException.class, org.springframework.dao.ConcurrencyFailureException.class})
    String lostLockRace(Exception e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (LockWaitTimeout.in(e)) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
            return error(model, 503, texts.message("problem." + LockWaitTimeout.RULE));
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        return error(model, 409, texts.message("problem.concurrentChange"));
    }

    private static String error(Model model, int status, String message) {
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "error-page";
    }
}
