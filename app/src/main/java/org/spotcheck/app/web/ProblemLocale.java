package org.spotcheck.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of an error answer: Chinese unless the caller asks for English with {@code ?lang=en}, the
 * language cookie the pages set, or {@code Accept-Language: en}.
 */
public final class ProblemLocale {

    private ProblemLocale() {
    }

    public static Locale of(HttpServletRequest request) {
        return english(request) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** A page's language: Chinese unless {@code ?lang=en} or the language cookie chose English (not the browser's own). */
    public static Locale page(HttpServletRequest request) {
        return Boolean.TRUE.equals(chosenEnglish(request)) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public static boolean english(HttpServletRequest request) {
        Boolean chosen = chosenEnglish(request);
        if (chosen != null) {
            return chosen;
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en");
    }

    /** English or not as {@code ?lang=} or the cookie chose it; null when neither did. */
    private static Boolean chosenEnglish(HttpServletRequest request) {
        // from the query string only: asking for a parameter would make the container read (and check) a form body
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("lang=")) {
                    return pair.substring("lang=".length()).toLowerCase(Locale.ROOT).startsWith("en");
                }
            }
        }
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if ("spotcheck-lang".equals(cookie.getName()) && cookie.getValue() != null) {
                    return cookie.getValue().toLowerCase(Locale.ROOT).startsWith("en");
                }
            }
        }
        return null;
    }
}
