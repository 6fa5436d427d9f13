package dev.statusproblems.responses.internal;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.UUID;

/**
 * The log lines of the problems the suite sends: server errors at ERROR with the stack trace and
 * the {@code instance} id the client sees, client errors at DEBUG.
 */
public final class Incidents {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    private Incidents() {
    }

    /** A new {@code urn:uuid:} id for a server error's {@code instance}. */
    public static URI newInstanceId() {
        return URI.create("urn:uuid:" + UUID.randomUUID());
    }

    /**
     * Logs a server error at ERROR: {@code status-problems: 500 Internal Server Error urn:uuid:… for
     * GET /path}, with the stack trace of {@code cause} when there is one; where the request is traced
     * ({@code span} not {@code null}) followed by {@code trace_id=… span_id=…}, in the text, as the
     * servers' default log formats print no context map.
     */
    public static void serverError(URI instance, int status, String method, String path, Throwable cause,
            ServerSpan span) {
        String message = "status-problems: " + status + " " + dev.statusproblems.model.HttpStatus.of(status).reasonPhrase()
                + " " + instance + " for " + method + " " + path
                + (span != null ? " trace_id=" + span.traceId() + " span_id=" + span.spanId() : "");
        if (cause != null) {
            LOG.log(Level.ERROR, message, cause);
        } else {
            LOG.log(Level.ERROR, message);
        }
    }

    /** Logs a client error at DEBUG. */
    public static void clientError(int status, String method, String path, String detail) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "status-problems: " + status + " for " + method + " " + path
                    + (detail != null ? ": " + detail : ""));
        }
    }

    /** Logs at DEBUG the 403 that leaves as a 404 to hide the resource from a client not authenticated. */
    public static void hiddenForbidden(String method, String path, String detail) {
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "status-problems: 403 for " + method + " " + path + (detail != null ? ": " + detail : "")
                    + "; answered as 404 to a client that is not authenticated (statusproblems.forbidden-as-not-found)");
        }
    }

    /**
     * Logs at WARNING that a 401 left {@code wayIn} without the {@code WWW-Authenticate} challenge HTTP
     * requires, for the team to add one; the suite never invents it.
     */
    public static void missingChallenge(String wayIn, String method, String path) {
        LOG.log(Level.WARNING, "status-problems: a 401 for " + method + " " + path + " left by way of " + wayIn
                + " without WWW-Authenticate, which RFC 9110 (Section 15.5.2) requires; give the challenge"
                + " (ProblemDetail.Builder.challenge, or the response's WWW-Authenticate header). Logged once per"
                + " application and way in");
    }

    /** Logs at WARNING, once per application, that its telemetry failed, which the problems then go without. */
    static void tracingFailed(Throwable failure) {
        LOG.log(Level.WARNING, "status-problems: OpenTelemetry failed; the problems of this application are sent"
                + " without marking their spans from now on", failure);
    }

    /** Logs that an error happened after the response was committed, which is then left as it is. */
    public static void committed(int status, String method, String path, URI incident) {
        LOG.log(Level.WARNING, "status-problems: " + status + " " + dev.statusproblems.model.HttpStatus.of(status)
                .reasonPhrase() + (incident != null ? " " + incident : "") + " for " + method + " " + path
                + " happened after the response was committed; the response is left as it is");
    }
}
