package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.SuiteText;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request parameter the runtime could not convert (e.g. {@code ?limit=ten} for an {@code int}).
 * Each runtime says so its own way: Jersey throws its {@code ParamException}, which names the
 * parameter; RESTEasy throws a {@code NotFoundException} or {@code BadRequestException} whose message
 * names the parameter's annotation. Both are read here by name, so neither runtime is required.
 */
final class ParameterFailure {

    private static final String JERSEY_PARAM_EXCEPTION = "org.glassfish.jersey.server.ParamException";
    /** RESTEasy: {@code ... jakarta.ws.rs.QueryParam("limit") value is 'ten'}. */
    private static final Pattern ANNOTATION_IN_MESSAGE =
            Pattern.compile("jakarta\\.ws\\.rs\\.(Query|Path|Header|Cookie|Matrix|Form)Param\\(\\s*(?:value\\s*=\\s*)?\"([^\"]*)\"");

    private final String kind;
    private final String name;

    private ParameterFailure(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    /** The failed parameter {@code exception} reports, if it reports one. */
    static Optional<ParameterFailure> of(Throwable exception) {
        for (Class<?> c = exception.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(JERSEY_PARAM_EXCEPTION)) {
                return jersey(exception);
            }
        }
        String message = exception.getMessage();
        if (message != null && exception.getCause() != null) {
            Matcher matcher = ANNOTATION_IN_MESSAGE.matcher(message);
            if (matcher.find()) {
                return Optional.of(new ParameterFailure(matcher.group(1), matcher.group(2)));
            }
        }
        return Optional.empty();
    }

    private static Optional<ParameterFailure> jersey(Throwable exception) {
        try {
            Method nameMethod = exception.getClass().getMethod("getParameterName");
            Method typeMethod = exception.getClass().getMethod("getParameterType");
            Object name = nameMethod.invoke(exception);
            Object type = typeMethod.invoke(exception);
            if (name instanceof String && type instanceof Class && Annotation.class.isAssignableFrom((Class<?>) type)) {
                String simple = ((Class<?>) type).getSimpleName();
                if (simple.endsWith("Param")) {
                    return Optional.of(new ParameterFailure(simple.substring(0, simple.length() - 5), (String) name));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not the ParamException we know: no parameter to name
        }
        return Optional.empty();
    }

    /**
     * The status: 404 for a path segment (the URI names no resource), 400 for the rest (RFC 9110,
     * Section 15.5.1: the request is malformed).
     */
    int status() {
        return kind.equals("Path") ? 404 : 400;
    }

    /** Where the parameter was: path, query, header, cookie, matrix, form. */
    String in() {
        return kind.toLowerCase(Locale.ROOT);
    }

    String name() {
        return name;
    }

    /** What the client is told in {@code language}, e.g. "Query parameter 'limit' is not valid". */
    String detail(Locale language) {
        return text().in(language, name);
    }

    private SuiteText text() {
        switch (kind) {
            case "Path":
                return SuiteText.PATH_PARAMETER_INVALID;
            case "Query":
                return SuiteText.QUERY_PARAMETER_INVALID;
            case "Matrix":
                return SuiteText.MATRIX_PARAMETER_INVALID;
            case "Form":
                return SuiteText.FORM_PARAMETER_INVALID;
            case "Header":
                return SuiteText.HEADER_PARAMETER_INVALID;
            case "Cookie":
                return SuiteText.COOKIE_PARAMETER_INVALID;
            default:
                return SuiteText.PARAMETER_INVALID;
        }
    }
}
