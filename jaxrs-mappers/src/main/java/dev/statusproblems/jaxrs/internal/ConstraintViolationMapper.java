package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.StatusProblems;
import dev.statusproblems.model.SuiteText;
import dev.statusproblems.responses.Failure;
import dev.statusproblems.responses.ProblemRequest;
import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bean Validation failures: of the request (parameters, body) a 400 listing the
 * {@code violations} as {@code {field, in, message}} with fields named as the client knows them; of
 * a return value a 500, since that is the server's bug. Its priority is above the runtimes' own
 * {@code ValidationException} mappers (Jersey's, RESTEasy's), and its type nearer.
 */
@Priority(ConstraintViolationMapper.PRIORITY)
public final class ConstraintViolationMapper extends RequestMapper<ConstraintViolationException> {

    /** Above the runtimes' mappers, which take the default priority (USER, 5000). */
    static final int PRIORITY = 100;

    /**
     * Each parameter's {in, name}, per method: reading a method's parameter annotations parses them
     * anew at every call, which a profile showed on every 400. Held per declaring class, so that a
     * redeployed application's classes are not kept.
     */
    private static final ClassValue<Map<Method, String[][]>> PARAMETER_SOURCES = new ClassValue<>() {
        @Override
        protected Map<Method, String[][]> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Created by the runtime. */
    public ConstraintViolationMapper() {
    }

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Set<ConstraintViolation<?>> violations = exception.getConstraintViolations();
        if (violations == null || violations.isEmpty() || violations.stream().anyMatch(v -> isReturnValue(v))) {
            return send(Failure.thrown(exception));
        }
        List<Map<String, Object>> listed = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            listed.add(describe(violation));
        }
        listed.sort(Comparator.comparing((Map<String, Object> v) -> (String) v.get("in"))
                .thenComparing(v -> (String) v.get("field")).thenComparing(v -> String.valueOf(v.get("message"))));
        ProblemRequest request = request();
        Locale language = responses().language(request);
        ProblemDetail problem = StatusProblems.create().withLanguage(language).badRequest()
                .detail(listed.size() == 1 ? SuiteText.INVALID_VALUE.in(language)
                        : SuiteText.INVALID_VALUES.in(language, listed.size()))
                .with("violations", listed).build();
        return send(request, Failure.problem(problem).withCause(exception));
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code create.arg0.name} on the body becomes field {@code name} in {@code body};
     * {@code get.arg0} on {@code @PathParam("id")} becomes field {@code id} in {@code path}.
     */
    private static Map<String, Object> describe(ConstraintViolation<?> violation) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        String in = "body";
        String name = null;
        List<String> rest = new ArrayList<>();
        Method method = null;
        if (nodes.hasNext()) {
            Path.Node first = nodes.next();
            if (first.getKind() == ElementKind.METHOD || first.getKind() == ElementKind.CONSTRUCTOR) {
                method = method(violation.getRootBeanClass(), first);
                if (nodes.hasNext()) {
                    Path.Node parameter = nodes.next();
                    if (parameter.getKind() == ElementKind.PARAMETER && method != null) {
                        int index = parameter.as(Path.ParameterNode.class).getParameterIndex();
                        String[][] sources = PARAMETER_SOURCES.get(method.getDeclaringClass())
                                .computeIfAbsent(method, ConstraintViolationMapper::parameterSources);
                        String[] source = index < sources.length ? sources[index] : source(new Annotation[0]);
                        in = source[0];
                        name = source[1];
                    } else if (parameter.getKind() != ElementKind.PARAMETER
                            && parameter.getKind() != ElementKind.CROSS_PARAMETER) {
                        add(rest, parameter);
                    }
                }
            } else if (first.getKind() == ElementKind.PROPERTY) {
                AnnotatedElement member = member(violation.getRootBeanClass(), first.getName());
                String[] source = member != null ? source(member.getAnnotations()) : new String[] {"body", null};
                in = source[0];
                name = source[1] != null ? source[1] : first.getName();
            } else {
                add(rest, first);
            }
        }
        while (nodes.hasNext()) {
            add(rest, nodes.next());
        }
        StringBuilder field = new StringBuilder(name != null ? name : "");
        for (String part : rest) {
            if (field.length() > 0 && !part.startsWith("[")) {
                field.append('.');
            }
            field.append(part);
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("field", field.length() > 0 ? field.toString() : in);
        described.put("in", in);
        described.put("message", violation.getMessage());
        return described;
    }

    private static void add(List<String> parts, Path.Node node) {
        String name = node.getName();
        if (node.isInIterable() && !parts.isEmpty()) {
            Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (key != null) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + key + "]");
            }
        }
        if (name != null && !name.isEmpty() && node.getKind() != ElementKind.CONTAINER_ELEMENT
                && node.getKind() != ElementKind.BEAN) {
            parts.add(name);
        }
    }

    private static String[][] parameterSources(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        String[][] sources = new String[annotations.length][];
        for (int i = 0; i < annotations.length; i++) {
            sources[i] = source(annotations[i]);
        }
        return sources;
    }

    /** {in, name} for a parameter or field's JAX-RS annotations; {"body", null} for the entity. */
    private static String[] source(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam) {
                return new String[] {"path", ((PathParam) annotation).value()};
            }
            if (annotation instanceof QueryParam) {
                return new String[] {"query", ((QueryParam) annotation).value()};
            }
            if (annotation instanceof MatrixParam) {
                return new String[] {"path", ((MatrixParam) annotation).value()};
            }
            if (annotation instanceof HeaderParam) {
                return new String[] {"header", ((HeaderParam) annotation).value()};
            }
            if (annotation instanceof CookieParam) {
                return new String[] {"header", ((CookieParam) annotation).value()};
            }
            if (annotation instanceof FormParam) {
                return new String[] {"form", ((FormParam) annotation).value()};
            }
            if (annotation instanceof BeanParam || annotation instanceof Context) {
                return new String[] {"query", null};
            }
        }
        return new String[] {"body", null};
    }

    private static Method method(Class<?> type, Path.Node node) {
        if (type == null || node.getKind() != ElementKind.METHOD) {
            return null;
        }
        List<Class<?>> parameterTypes = node.as(Path.MethodNode.class).getParameterTypes();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(node.getName(), parameterTypes.toArray(new Class<?>[0]));
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        for (Class<?> c : type.getInterfaces()) {
            try {
                return c.getMethod(node.getName(), parameterTypes.toArray(new Class<?>[0]));
            } catch (NoSuchMethodException e) {
                // look further
            }
        }
        return null;
    }

    private static AnnotatedElement member(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        return null;
    }
}
