package org.spotcheck.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A multipart body that cannot be parsed fails before any controller is chosen, so no controller advice applies:
 * an oversized upload was an empty 413 and a file name with NUL a 500 (issue 13.6). Both become problem+json naming
 * the field {@code file}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MultipartProblemResolver implements HandlerExceptionResolver {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!(e instanceof MultipartException) || response.isCommitted()) {
            return null;
        }
        boolean english = ProblemErrorController.english(request);
        try {
            if (e instanceof MaxUploadSizeExceededException) {
                ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", english
                        ? "file: the upload is too large (10 MB a file, 12 MB a request)"
                        : "file: 上传内容过大（每个文件最多 10 MB，每次请求最多 12 MB）", request.getRequestURI());
            } else if (causedBy(e, "InvalidFileNameException")) {
                ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "CONTROL_CHARACTER", english
                        ? "file: the file name must not contain control characters"
                        : "file: 文件名不得含有控制字符", request.getRequestURI());
            } else {
                ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "MULTIPART_REQUIRED", english
                        ? "file: send the file as a well-formed multipart/form-data body"
                        : "file: 请以格式正确的 multipart/form-data 上传文件", request.getRequestURI());
            }
        } catch (IOException io) {
            return null;
        }
        return new ModelAndView();
    }

    private static boolean causedBy(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }
}
