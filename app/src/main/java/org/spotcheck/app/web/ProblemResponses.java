package org.spotcheck.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** RFC 9457 problem details written directly by security filters, before MVC runs. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** app's bundle ({@code messages}): filters answer before MVC and its MessageSource are reached. */
    private static final ResourceBundleMessageSource BUNDLE = bundle();

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    /** The bundle text {@code problem.<rule>} in the caller's language ({@link ProblemLocale}), else the fallback. */
    public static String text(HttpServletRequest request, String rule, String fallback, Object... args) {
        return text(ProblemLocale.of(request), rule, fallback, args);
    }

    static String text(Locale locale, String rule, String fallback, Object... args) {
        return BUNDLE.getMessage("problem." + rule, args, fallback, locale);
    }

    /**
     * The problem's {@code title} in the caller's language: the bundle's {@code problem.title.<status>} (请求有误 for
     * 400), else the status's English reason phrase. Its {@code type} and {@code rule} are the same in every language.
     */
    public static String title(Locale locale, HttpStatus status) {
        return BUNDLE.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale);
    }

    /** The caller's language where only the response is at hand: the current request's, else Chinese. */
    private static Locale currentLocale() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                ? ProblemLocale.of(attributes.getRequest()) : Locale.SIMPLIFIED_CHINESE;
    }

    /** Writes a refusal with the bundle text of its rule, in the caller's language. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String rule,
            String fallback) throws IOException {
        write(response, status, rule, text(request, rule, fallback), request.getRequestURI(), ProblemLocale.of(request));
    }

    public static void write(HttpServletResponse response, HttpStatus status, String rule, String detail, String instance)
            throws IOException {
        write(response, status, rule, detail, instance, currentLocale());
    }

    /** Writes a problem whose title is in this language. */
    public static void write(HttpServletResponse response, HttpStatus status, String rule, String detail, String instance,
            Locale locale) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = "{\"type\":\"about:blank\",\"title\":\"" + escape(title(locale, status)) + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\"" + escape(instance) + "\",\"rule\":\""
                + escape(rule) + "\"}";
        response.getWriter().write(body);
    }

    private static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
