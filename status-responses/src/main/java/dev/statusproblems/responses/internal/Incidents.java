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
     * GET /path}, with the stack trace of {@code cause} when there is one.
     */
    public static void serverError(URI instance, int status, String method, String path, Throwable cause) {
        String message = "status-problems: " + status + " " + dev.statusproblems.model.HttpStatus.of(status).reasonPhrase()
                + " " + instance + " for " + method + " " + path;
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

    /** Logs that an error happened after the response was committed, which is then left as it is. */
    public static void committed(int status, String method, String path, URI incident) {
        LOG.log(Level.WARNING, "status-problems: " + status + " " + dev.statusproblems.model.HttpStatus.of(status)
                .reasonPhrase() + (incident != null ? " " + incident : "") + " for " + method + " " + path
                + " happened after the response was committed; the response is left as it is");
    }
}
