package org.spotcheck.app.web;

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

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, e.rule(), "输入有误 / invalid input: " + e.getMessage(), e.violations());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> rule(RuleViolationException e) {
        List<FieldViolation> fields = e.field() == null ? List.of() : List.of(new FieldViolation(e.field(), e.rule(), e.getMessage()));
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.rule(), e.getMessage(), fields);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        if (e instanceof org.spotcheck.shared.OutOfScopeException scope) {
            // answered like a missing record, audited as a refusal (issue 13.4)
            org.spotcheck.app.audit.AuditFilter.refusedOutOfScope(scope.resource());
        }
        return problem(HttpStatus.NOT_FOUND, e.rule(), e.getMessage(), List.of());
    }

    @ExceptionHandler({AccessRefusedException.class})
    ResponseEntity<ProblemDetail> refused(AccessRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, e.rule(), e.getMessage(), List.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(Exception e) {
        return problem(HttpStatus.FORBIDDEN, "ACCESS_DENIED", "无权访问 / access denied", List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.rule(), e.getMessage(), List.of());
    }

    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class, FlowableOptimisticLockingException.class})
    ResponseEntity<ProblemDetail> concurrent(Exception e) {
        log.info("concurrent change refused: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "CONCURRENT_CHANGE",
                "该记录刚被他人处理 / someone else just acted on this record; reload and try again", List.of());
    }

    @ExceptionHandler(FlowableObjectNotFoundException.class)
    ResponseEntity<ProblemDetail> flowableNotFound(FlowableObjectNotFoundException e) {
        return problem(HttpStatus.CONFLICT, "TASK_GONE", "任务已被处理 / the task no longer exists; it was completed", List.of());
    }

    /** A file upload endpoint called without a multipart body. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(org.springframework.web.multipart.MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "MULTIPART_REQUIRED", "请以 multipart/form-data 上传文件 / send the file as multipart/form-data",
                List.of(new FieldViolation("file", "MULTIPART_REQUIRED", "a multipart file is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "TYPE_MISMATCH", "参数格式错误 / malformed parameter " + e.getName(),
                List.of(new FieldViolation(e.getName(), "TYPE_MISMATCH", "malformed value")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = JsonErrors.fieldOf(ex);
        ProblemDetail body = body(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "请求体无法解析 / the request body is not valid JSON for this endpoint"
                + (field == null ? "" : ": field " + field), field == null ? List.of()
                : List.of(new FieldViolation(field, "MALFORMED_VALUE", "wrong type or format")));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldViolation> fields = new ArrayList<>();
        // a conversion failure (statistics?from=2027-02-30) names the field, never Java types (issue 13.6)
        ex.getBindingResult().getFieldErrors().forEach(f -> fields.add(f.isBindingFailure()
                ? new FieldViolation(f.getField(), "TYPE_MISMATCH", "参数格式错误 / malformed value")
                : new FieldViolation(f.getField(), f.getCode(), f.getDefaultMessage())));
        ProblemDetail body = body(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "输入有误 / invalid input", fields);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String rule, String detail, List<FieldViolation> fields) {
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(status, rule, detail, fields));
    }

    static ProblemDetail body(HttpStatus status, String rule, String detail, List<FieldViolation> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("rule", rule);
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields.stream()
                    .map(f -> Map.of("field", f.field(), "rule", f.rule(), "message", f.message() == null ? "" : f.message()))
                    .toList());
        }
        return problem;
    }
}
