package org.spotcheck.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A module facade that is the sum of its capability facades ({@code interface SamplingApi extends SamplingRecords,
 * Custody, ...}, ADR 0013), implemented by composition: each call goes to the one part that implements the
 * interface declaring the method, so no class has to repeat every capability method only to hand it on.
 * The parts are the capability services (with their own transactions); the routing is fixed and checked when the
 * facade is built: a method that no part implements, or that two parts implement, refuses to start.
 */
public final class ComposedFacade implements InvocationHandler {

    private final Class<?> facade;
    private final Map<Method, Object> routes;
    private final List<Object> parts;

    private ComposedFacade(Class<?> facade, Map<Method, Object> routes, List<Object> parts) {
        this.facade = facade;
        this.routes = routes;
        this.parts = parts;
    }

    /**
     * The facade {@code facade} composed of {@code parts}; every abstract method of the facade must be declared by an
     * interface that exactly one part implements.
     */
    public static <F> F of(Class<F> facade, Object... parts) {
        if (!facade.isInterface()) {
            throw new IllegalArgumentException(facade.getName() + " is not an interface");
        }
        Map<Method, Object> routes = new HashMap<>();
        List<String> unrouted = new ArrayList<>();
        for (Method method : facade.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            List<Object> owners = Arrays.stream(parts).filter(method.getDeclaringClass()::isInstance).toList();
            if (owners.size() != 1) {
                unrouted.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " (" + owners.size()
                        + " parts)");
                continue;
            }
            routes.put(method, owners.get(0));
        }
        if (!unrouted.isEmpty()) {
            throw new IllegalStateException(facade.getName() + ": each method needs exactly one part: " + unrouted);
        }
        Object proxy = Proxy.newProxyInstance(facade.getClassLoader(), new Class<?>[] {facade},
                new ComposedFacade(facade, Map.copyOf(routes), List.of(parts)));
        return facade.cast(proxy);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object part = routes.get(method);
        if (part != null) {
            try {
                return method.invoke(part, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> facade.getSimpleName() + parts.stream().map(p -> p.getClass().getSimpleName())
                    .collect(Collectors.joining(", ", "[", "]"));
            default -> throw new UnsupportedOperationException(method.toString());
        };
    }
}
