package dev.statusproblems.servlet.internal;

import dev.statusproblems.responses.ServletApplications;
import dev.statusproblems.responses.Failure;
import dev.statusproblems.responses.ProblemRequest;
import dev.statusproblems.responses.ProblemResponse;
import dev.statusproblems.responses.ProblemResponses;
import dev.statusproblems.responses.Settings;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The servlet side's door into the application's pipeline: it reads the request and the headers the
 * application set, and writes what the pipeline decides in place of the container's error page. The
 * one place where the filter and the error page servlet produce a body.
 */
public final class ProblemResponder {

    private final ProblemResponses responses;

    private ProblemResponder(ProblemResponses responses) {
        this.responses = responses;
    }

    /**
     * The responder of the web application of {@code context}, with its pipeline.
     *
     * @throws IllegalArgumentException naming the key and the value, when a setting is malformed
     */
    public static ProblemResponder of(ServletContext context) {
        return new ProblemResponder(ServletApplications.of(Objects.requireNonNull(context, "context")));
    }

    /** The application's settings. */
    public Settings settings() {
        return responses.settings();
    }

    /**
     * Sends the problem for an error: {@code status} with the application's {@code message}
     * ({@code null} for none), caused by {@code cause} ({@code null} for none), for the request
     * {@code method path}. Returns {@code false}, after logging, when the response is committed
     * and was left as it is.
     */
    public boolean send(HttpServletRequest request, HttpServletResponse response, int status, String message,
            Throwable cause, String path) throws IOException {
        ProblemRequest problemRequest = request(request, path);
        if (response.isCommitted()) {
            responses.committed(problemRequest, status, cause);
            return false;
        }
        Map<String, List<String>> intended = headers(response);
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED
                && intended.keySet().stream().noneMatch("Allow"::equalsIgnoreCase)) {
            AllowedMethods.of(request).ifPresent(allow -> intended.put("Allow", List.of(allow)));
        }
        ProblemResponse sent = responses.respond(problemRequest,
                Failure.status(status).withMessage(message).withHeaders(intended).withCause(cause));
        ServletApplications.write(sent, response);
        return true;
    }

    /** Logs that an error happened after the response was committed, which is then left alone. */
    public void committed(HttpServletRequest request, int status) {
        responses.committed(request(request, Requests.path(request)), status, null);
    }

    private static ProblemRequest request(HttpServletRequest request, String path) {
        return ProblemRequest.of(request.getMethod(), path != null ? path : "(path unknown)",
                request.getServletContext().getContextPath(), request.getHeader("Accept"),
                request.getHeader("Accept-Language")).by(request.getDispatcherType() == DispatcherType.ERROR
                        ? "the container's error page" : "servlet").authenticated(request.getUserPrincipal() != null);
    }

    /** Every header field the application set on the response so far. */
    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (headers.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
                List<String> values = new ArrayList<>(response.getHeaders(name));
                if (!values.isEmpty()) {
                    headers.put(name, values);
                }
            }
        }
        return headers;
    }
}
