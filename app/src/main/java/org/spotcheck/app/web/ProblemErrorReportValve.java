package org.spotcheck.app.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answers (a bad URL encoding, a bad header: before Spring runs) as problem+json instead of
 * Tomcat's HTML page (issue 13.6). Installed as the host's error report valve.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(code);
        // the headers may be what could not be parsed: Chinese unless an Accept-Language: en could be read
        String language = null;
        try {
            language = request.getHeader("Accept-Language");
        } catch (RuntimeException unparsable) {
            // keep Chinese
        }
        // no Accept-Language could be read (the request line or a header before it is what failed): the language is
        // unknown, so both, Chinese first
        String zh = status.is5xxServerError() ? "服务器内部错误，请稍后重试" : "请求格式有误（地址编码或请求头）";
        String en = status.is5xxServerError() ? "Internal server error; try again later" : "The request is malformed (URL encoding or headers)";
        String detail = language == null ? zh + " / " + en
                : language.strip().toLowerCase(java.util.Locale.ROOT).startsWith("en") ? en : zh;
        String rule = status.is5xxServerError() ? "INTERNAL_ERROR" : status == HttpStatus.BAD_REQUEST ? "MALFORMED_REQUEST"
                : ProblemErrorController.rule(status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + detail + "\",\"status\":" + status.value()
                        + ",\"detail\":\"" + detail + "\",\"rule\":\"" + rule + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone: nothing to answer
        }
    }
}
