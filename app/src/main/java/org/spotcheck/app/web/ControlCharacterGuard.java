package org.spotcheck.app.web;

import org.spotcheck.shared.RefusesControlCharactersItself;
import org.spotcheck.shared.ControlCharacters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every query parameter and every field of a form post (URL-encoded or multipart), of pages and API alike, is
 * refused with 400 {@code CONTROL_CHARACTER} naming the field when it holds a control character
 * ({@link ControlCharacters}): checked once here, before any controller binds it, so page forms read as
 * {@code MultiValueMap}s are covered too (issue 13.6). JSON bodies are checked by {@link ControlCharacterJacksonModule}.
 */
class ControlCharacterGuard implements HandlerInterceptor {

    private final MessageSource messages;

    ControlCharacterGuard(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof org.springframework.web.method.HandlerMethod)) {
            // static resources (which also answer unknown addresses with 404) take no parameters, and no controller
            // advice would turn a refusal there into a problem
            return true;
        }
        boolean page = !request.getRequestURI().startsWith("/api/");
        if (page && handler instanceof org.springframework.web.method.HandlerMethod method
                && method.hasMethodAnnotation(RefusesControlCharactersItself.class)) {
            return true; // the page refuses them beside the field, keeping the form
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean bad = ControlCharacters.in(parameter.getKey());
            for (String value : parameter.getValue()) {
                bad |= ControlCharacters.in(value);
            }
            if (bad) {
                String field = parameter.getKey().codePoints().filter(c -> !ControlCharacters.forbidden(c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                throw InvalidInputException.of(field, ControlCharacters.RULE,
                        messages.getMessage("problem.controlCharacter", null,
                        page ? ProblemLocale.page(request) : ProblemLocale.of(request)));
            }
        }
        return true;
    }
}
