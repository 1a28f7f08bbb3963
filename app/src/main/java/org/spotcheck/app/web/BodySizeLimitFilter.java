package org.spotcheck.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A JSON or form body larger than {@link #LIMIT} is answered 413 problem+json {@code BODY_TOO_LARGE} (issue 13.6):
 * at once when its {@code Content-Length} says so, else when reading passes the limit (a chunked body). Uploads
 * (multipart) have their own limits (12 MB a request, {@link MultipartProblemResolver}). Tomcat then swallows the
 * rest of the body ({@code server.tomcat.max-swallow-size}) so the client reads the 413 instead of a reset.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    /** 1 MB: the largest JSON command (a plan with its items, a lab's results) is a few kilobytes. */
    static final long LIMIT = 1024 * 1024;

    private final MessageSource messages;

    public BodySizeLimitFilter(MessageSource messages) {
        this.messages = messages;
    }

    /** The body went past {@link #LIMIT} while it was read. */
    public static class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body too large");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > LIMIT) {
            ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE",
                    messages.getMessage("problem.bodyTooLarge", null, ProblemLocale.of(request)), request.getRequestURI());
            return;
        }
        try {
            chain.doFilter(new Limited(request), response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!JsonErrors.tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE",
                    messages.getMessage("problem.bodyTooLarge", null, ProblemLocale.of(request)), request.getRequestURI());
        }
    }

    /** Counts what is read of the body and fails past the limit. */
    static final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    long read;

                    private void count(long n) throws IOException {
                        if (n > 0 && (read += n) > LIMIT) {
                            throw new BodyTooLargeException();
                        }
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        count(n);
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
