package org.spotcheck.app.web;

import org.spotcheck.shared.ControlCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotcheck.shared.AccessRefusedException;
import org.spotcheck.shared.ConflictException;
import org.spotcheck.shared.FieldViolation;
import org.spotcheck.shared.InvalidInputException;
import org.spotcheck.shared.NotFoundException;
import org.spotcheck.shared.RuleViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem detail ({@code application/problem+json}) that names
 * the rule and, for input errors, each field: {@code errors: [{field, rule, message}]}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final org.springframework.context.MessageSource messages;
    private final ProblemTexts texts;

    public ApiExceptionHandler(org.springframework.context.MessageSource messages, ProblemTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    /** A text of this handler's own in the caller's language: Chinese, English on request ({@link ProblemLocale}). */
    private String text(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static java.util.Locale locale() {
        jakarta.servlet.http.HttpServletRequest request = currentRequest();
        return request == null ? java.util.Locale.SIMPLIFIED_CHINESE : ProblemLocale.of(request);
    }

    /** The colon between a text and what it names, in the caller's language: "：" in Chinese, ": " in English. */
    private String colon() {
        return text("punct.colon");
    }

    private static jakarta.servlet.http.HttpServletRequest currentRequest() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes ? attributes.getRequest() : null;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        List<FieldViolation> fields = texts.resolved(e.violations());
        String first = fields.isEmpty() ? texts.of(e) : fields.get(0).message();
        return problem(HttpStatus.BAD_REQUEST, e.rule(), text("problem.invalidInput") + colon() + first, fields);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> rule(RuleViolationException e) {
        String detail = texts.of(e);
        List<FieldViolation> fields = e.field() == null ? List.of() : List.of(new FieldViolation(e.field(), e.rule(), detail));
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.rule(), detail, fields);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        if (e instanceof org.spotcheck.shared.OutOfScopeException scope) {
            // answered like a missing record, audited as a refusal (issue 13.4)
            org.spotcheck.app.audit.AuditFilter.refusedOutOfScope(scope.resource());
        }
        // the same answer for a missing and an out-of-scope record, in the caller's language, naming what was asked for
        String what = e.getMessage().endsWith(" not found") ? e.getMessage().substring(0, e.getMessage().length() - " not found".length())
                : e.getMessage();
        return problem(HttpStatus.NOT_FOUND, e.rule(), text("problem.notFound") + what, List.of());
    }

    @ExceptionHandler({AccessRefusedException.class})
    ResponseEntity<ProblemDetail> refused(AccessRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, e.rule(), texts.of(e), List.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(Exception e) {
        return problem(HttpStatus.FORBIDDEN, "ACCESS_DENIED", text("problem.403"), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.rule(), texts.of(e), List.of());
    }

    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class, FlowableOptimisticLockingException.class})
    ResponseEntity<ProblemDetail> concurrent(Exception e) {
        if (LockWaitTimeout.in(e)) {
            return lockWaitTimeout(e);
        }
        log.info("concurrent change refused: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "CONCURRENT_CHANGE", text("problem.concurrentChange"), List.of());
    }

    /**
     * A deadlock inside a Flowable command (two approvals at the same moment on MariaDB) reaches the web layer as
     * FlowableException → MyBatis PersistenceException → the driver's SQLTransactionRollbackException, which
     * Spring's exception translation never sees. Spring matches handlers along the cause chain, so it lands here:
     * the transaction was rolled back whole, the caller lost the race, 409 like any concurrent change (never 500).
     * An engine exception that wraps a rule violation still reaches the rule's own handler.
     */
    @ExceptionHandler(java.sql.SQLTransactionRollbackException.class)
    ResponseEntity<ProblemDetail> lostLockRace(Exception e) {
        return concurrent(e);
    }

    /**
     * A row lock not granted within the lock wait timeout (ADR 0023): not a lost race but a wait cut short; nothing was
     * kept, the same request can be sent again. 503 with Retry-After, so that a client retries instead of giving up.
     */
    private ResponseEntity<ProblemDetail> lockWaitTimeout(Exception e) {
        log.info("lock wait timeout, answered 503: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .body(body(HttpStatus.SERVICE_UNAVAILABLE, LockWaitTimeout.RULE,
                        messages.getMessage("problem." + LockWaitTimeout.RULE, null, LockWaitTimeout.DETAIL, locale()), List.of()));
    }

    @ExceptionHandler(FlowableObjectNotFoundException.class)
    ResponseEntity<ProblemDetail> flowableNotFound(FlowableObjectNotFoundException e) {
        return problem(HttpStatus.CONFLICT, "TASK_GONE", text("problem.taskGone"), List.of());
    }

    /** A file upload endpoint called without a multipart body. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(org.springframework.web.multipart.MultipartException e) {
        String detail = text("problem.multipartRequired");
        return problem(HttpStatus.BAD_REQUEST, "MULTIPART_REQUIRED", detail, List.of(new FieldViolation("file", "MULTIPART_REQUIRED", detail)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        // /api/plans/0x10, ?from=2027-02-30: the parameter's name, never a Java type (issue 13.6)
        String detail = text("problem.typeMismatch") + colon() + e.getName();
        return problem(HttpStatus.BAD_REQUEST, "TYPE_MISMATCH", detail, List.of(new FieldViolation(e.getName(), "TYPE_MISMATCH", detail)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = JsonErrors.fieldOf(ex);
        ProblemDetail body;
        if (JsonErrors.controlCharacter(ex)) {
            // a string of the body holds a control character (issue 13.6): the field path, the rule
            String detail = (field == null ? "" : field + colon()) + text("problem.controlCharacter");
            body = body(HttpStatus.BAD_REQUEST, ControlCharacters.RULE, detail,
                    List.of(new FieldViolation(field == null ? "body" : field, ControlCharacters.RULE, detail)));
        } else if (JsonErrors.tooLarge(ex)) {
            String detail = text("problem.bodyTooLarge");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body(HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE", detail,
                            List.of(new FieldViolation("body", "BODY_TOO_LARGE", detail))));
        } else {
            String detail = text("problem.malformedJson") + (field == null ? "" : colon() + field);
            body = body(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", detail, field == null ? List.of()
                    : List.of(new FieldViolation(field, "MALFORMED_VALUE", detail)));
        }
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldViolation> fields = new ArrayList<>();
        // a conversion failure (statistics?from=2027-02-30) names the field, never Java types (issue 13.6)
        ex.getBindingResult().getFieldErrors().forEach(f -> fields.add(f.isBindingFailure()
                ? new FieldViolation(f.getField(), "TYPE_MISMATCH", text("problem.typeMismatch"))
                : new FieldViolation(f.getField(), f.getCode(), f.getDefaultMessage())));
        ProblemDetail body = body(HttpStatus.BAD_REQUEST, "INVALID_INPUT", text("problem.invalidInput"), fields);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /**
     * The other exceptions Spring MVC raises itself (415 Unsupported Media Type, 406 Not Acceptable, 405, a missing
     * parameter, ...): Spring's problem detail, with a stable {@code rule} and the text in the caller's language
     * instead of Spring's English one that may name Java types (issue 13.6).
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        HttpStatus status = HttpStatus.resolve(statusCode.value()) == null ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(statusCode.value());
        if (body instanceof ProblemDetail problem && problem.getProperties() != null && problem.getProperties().containsKey("rule")) {
            problem.setTitle(ProblemResponses.title(locale(), status));
            return super.handleExceptionInternal(ex, body, headers, statusCode, request);
        }
        String rule = ProblemErrorController.rule(status);
        String detail = text("problem." + status.value());
        List<FieldViolation> fields = List.of();
        if (ex instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
            rule = "REQUIRED";
            detail = text("problem.invalidInput") + colon() + missing.getParameterName();
            fields = List.of(new FieldViolation(missing.getParameterName(), "REQUIRED", detail));
        } else if (ex instanceof org.springframework.web.HttpMediaTypeNotSupportedException) {
            fields = List.of(new FieldViolation("Content-Type", rule, detail));
        } else if (ex instanceof org.springframework.web.HttpMediaTypeNotAcceptableException) {
            fields = List.of(new FieldViolation("Accept", rule, detail));
        }
        HttpHeaders answerHeaders = new HttpHeaders();
        answerHeaders.putAll(headers);
        answerHeaders.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body(status, rule, detail, fields), answerHeaders, status);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String rule, String detail, List<FieldViolation> fields) {
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(status, rule, detail, fields));
    }

    static ProblemDetail body(HttpStatus status, String rule, String detail, List<FieldViolation> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        // the title in the caller's language too (walk17f: "Bad Request" over a Chinese detail); type and rule stay
        problem.setTitle(ProblemResponses.title(locale(), status));
        problem.setProperty("rule", rule);
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields.stream()
                    .map(f -> Map.of("field", f.field(), "rule", f.rule(), "message", f.message() == null ? "" : f.message()))
                    .toList());
        }
        return problem;
    }
}
