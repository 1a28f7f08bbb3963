package org.spotcheck.app.security;

import org.spotcheck.shared.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers of every module take the calling {@link Actor} as a parameter. */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Actor actor = CurrentActor.orNull();
        if (actor == null && parameter.isOptional()) {
            return null; // a door open to the public declares its Actor @Nullable: null is the anonymous caller
        }
        if (actor == null) {
            throw new AccessDeniedException("login required");
        }
        return actor;
    }
}
