package org.spotcheck.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /error} as RFC 9457 problem+json (issue 13.6): what reaches it (Spring's 404/405 without a handler, an
 * empty 413 for an oversized upload, a failure outside MVC, a direct {@code GET /error}) is answered with a stable
 * {@code rule} and a Chinese detail (English with {@code ?lang=en} or {@code Accept-Language: en}). Browsers asking
 * for HTML outside {@code /api/} still get the error page.
 */
@Controller
public class ProblemErrorController extends BasicErrorController {

    private final MessageSource messages;

    public ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers, MessageSource messages) {
        super(errorAttributes, new ErrorProperties(), resolvers);
        this.messages = messages;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null || uri.toString().startsWith(request.getContextPath() + "/api/")) {
            ResponseEntity<Map<String, Object>> problem = error(request);
            Map<String, Object> body = problem.getBody();
            try {
                problem.getHeaders().forEach((name, values) -> values.forEach(v -> response.setHeader(name, v)));
                ProblemResponses.write(response, HttpStatus.valueOf(problem.getStatusCode().value()), (String) body.get("rule"),
                        (String) body.get("detail"), (String) body.get("instance"), ProblemLocale.of(request));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null; // written
        }
        return super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatus status = code == null ? HttpStatus.NOT_FOUND // GET /error itself: there is no such page
                : HttpStatus.resolve((Integer) code) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.valueOf((Integer) code);
        if (exception != null && DatabaseUnavailable.in(exception)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        Map<String, Object> body = problem(request, status);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        return answer.body(body);
    }

    /**
     * The caller's {@code Accept} allows no JSON (a 406, or any error for {@code Accept: text/csv}): the problem is
     * written as problem+json all the same (RFC 9457 §3), never an empty answer (issue 13.6).
     */
    @Override
    public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
        HttpServletResponse response = ((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getResponse();
        ResponseEntity<Map<String, Object>> problem = error(request);
        Map<String, Object> body = problem.getBody();
        try {
            ProblemResponses.write(response, HttpStatus.valueOf(problem.getStatusCode().value()), (String) body.get("rule"),
                    (String) body.get("detail"), (String) body.get("instance"), ProblemLocale.of(request));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return null; // written
    }

    Map<String, Object> problem(HttpServletRequest request, HttpStatus status) {
        Locale locale = english(request) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String key = "problem." + status.value();
        String generic = status.is5xxServerError() ? "problem.500" : "problem.400";
        String detail = messages.getMessage(key, null, messages.getMessage(generic, null, status.getReasonPhrase(), locale), locale);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", ProblemResponses.title(locale, status));
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", uri == null ? request.getRequestURI() : uri.toString());
        body.put("rule", rule(status));
        if (status.value() == 413) {
            body.put("errors", List.of(Map.of("field", "file", "rule", "FILE_TOO_LARGE", "message", detail)));
        }
        return body;
    }

    static boolean english(HttpServletRequest request) {
        return ProblemLocale.english(request);
    }

    static String rule(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "BAD_REQUEST";
            case UNAUTHORIZED -> "AUTHENTICATION_REQUIRED";
            case FORBIDDEN -> "ACCESS_DENIED";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "FILE_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case SERVICE_UNAVAILABLE -> DatabaseUnavailable.RULE;
            default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }
}
