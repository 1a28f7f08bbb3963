package org.spotcheck.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.spotcheck.shared.InvalidInputException;
import org.springframework.core.MethodParameter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every query parameter of an API call must be one the endpoint declares (its {@code @RequestParam}
 * names, plus {@code lang}); anything else, such as {@code sort=id;select sleep(5)} on an endpoint
 * that does not sort, is refused with 400 instead of being silently ignored. An endpoint that takes
 * all parameters as a map checks their names itself (the audit filters do).
 */
class QueryParameterWhitelist implements HandlerInterceptor {

    private final Map<HandlerMethod, Set<String>> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || request.getQueryString() == null) {
            return true;
        }
        Set<String> allowed = declared.computeIfAbsent(method, QueryParameterWhitelist::names);
        if (allowed == null) {
            return true;
        }
        for (String pair : request.getQueryString().split("&")) {
            String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
            if (!name.isEmpty() && !allowed.contains(name)) {
                throw InvalidInputException.of(name, "UNKNOWN_PARAMETER", "unknown query parameter " + name, name);
            }
        }
        return true;
    }

    /** The declared names, or null when the endpoint takes every parameter as a map. */
    private static Set<String> names(HandlerMethod method) {
        Set<String> names = new HashSet<>(Set.of("lang"));
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                // a record bound from the query (no annotation): its components are the parameters
                if (parameter.getParameterType().isRecord() && parameter.getParameterAnnotations().length == 0) {
                    for (java.lang.reflect.RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                        names.add(component.getName());
                    }
                }
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType()) || MultiValueMap.class.isAssignableFrom(parameter.getParameterType())) {
                return null;
            }
            String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getParameterName();
            names.add(name);
        }
        return names;
    }
}
