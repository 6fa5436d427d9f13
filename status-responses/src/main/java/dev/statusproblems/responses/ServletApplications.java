package dev.statusproblems.responses;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A web application's pipeline, and how its answer is written on a servlet response. The application
 * keeps its pipeline in its servlet context, made from its settings the first
 * time any sender (filter, error page, catalogue, JAX-RS mappers) asks, and the same for all of them
 * from then on. Nothing outlives the application: its context goes, and the pipeline with it.
 */
public final class ServletApplications {

    /** The servlet context attribute that holds the application's {@link ProblemResponses}. */
    public static final String ATTRIBUTE = ProblemResponses.class.getName();

    private ServletApplications() {
    }

    /**
     * The pipeline of the web application of {@code context}; made, from the settings its context
     * parameters and the other sources give ({@link Setting}), by the first caller.
     *
     * @throws IllegalArgumentException naming the key and the value, when a setting is malformed
     */
    public static ProblemResponses of(ServletContext context) {
        Objects.requireNonNull(context, "context");
        Object held = context.getAttribute(ATTRIBUTE);
        if (held instanceof ProblemResponses) {
            return (ProblemResponses) held;
        }
        synchronized (context) {
            held = context.getAttribute(ATTRIBUTE);
            if (held instanceof ProblemResponses) {
                return (ProblemResponses) held;
            }
            ProblemResponses responses = ProblemResponses.of(Settings.read(parameters(context)));
            context.setAttribute(ATTRIBUTE, responses);
            return responses;
        }
    }

    /** The context parameters of {@code context} that are the suite's. */
    private static Map<String, String> parameters(ServletContext context) {
        Map<String, String> parameters = new HashMap<>();
        for (String name : Collections.list(context.getInitParameterNames())) {
            if (name.startsWith(Setting.PREFIX)) {
                parameters.put(name, context.getInitParameter(name));
            }
        }
        return parameters;
    }

    /**
     * Writes {@code sent} on {@code response} in place of whatever it held: its status, its header
     * fields (the container's own, such as {@code Date}, aside), and its body, for HEAD too, where the
     * container drops it (on an error page that wrote nothing, Payara renders its own HTML report over
     * the problem's header fields).
     */
    public static void write(ProblemResponse sent, HttpServletResponse response) throws IOException {
        // reset() rather than resetBuffer(): it also forgets whether the application took the writer,
        // so that the problem can always be written as UTF-8 bytes
        response.reset();
        // set, then added: a container may keep some headers through reset() (Jetty: Date, Server)
        sent.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.subList(1, values.size()).forEach(value -> response.addHeader(name, value));
        });
        response.setStatus(sent.status());
        if (sent.mediaType().isEmpty()) {
            return;
        }
        response.setContentType(sent.mediaType().get());
        response.setContentLength(sent.contentLength());
        sent.writeBody(response.getOutputStream());
    }
}
