package dev.statusproblems.responses.internal;

import java.net.URI;

/**
 * The server span of the request being answered, where the application runs with OpenTelemetry:
 * probed once per application. Where this module cannot see the OpenTelemetry API no class of it is
 * loaded, and each request pays one field read. A failure of telemetry never changes a response: it
 * is logged once, and the application's problems go on without their traces.
 */
public final class Traces {

    /** The span attribute naming the problem's type, the resolved URI. */
    public static final String PROBLEM_TYPE = "statusproblems.problem.type";
    /** The span attribute naming a server error's incident id, its {@code urn:uuid:} instance. */
    public static final String PROBLEM_INSTANCE = "statusproblems.problem.instance";
    /** The semantic conventions' attribute for the class of error, on an HTTP server span its status. */
    public static final String ERROR_TYPE = "error.type";

    private static final Traces ABSENT = new Traces(false);

    private final boolean present;
    private volatile boolean failed;

    private Traces(boolean present) {
        this.present = present;
    }

    /** What the OpenTelemetry API this module's class loader sees, if any, makes current. */
    public static Traces probe() {
        ClassLoader loader = Traces.class.getClassLoader();
        try {
            // not initialized: the holder links against both, and only it may load more
            Class.forName("io.opentelemetry.api.trace.Span", false, loader);
            Class.forName("io.opentelemetry.context.Context", false, loader);
            return new Traces(true);
        } catch (ClassNotFoundException | LinkageError absent) {
            return ABSENT;
        }
    }

    /** The current server span, where the request is traced; {@code null} where it is not. */
    public ServerSpan current() {
        if (!present || failed) {
            return null;
        }
        try {
            return OpenTelemetrySpans.current();
        } catch (RuntimeException | LinkageError failure) {
            fail(failure);
            return null;
        }
    }

    /**
     * Marks {@code span} with the problem of {@code type} and {@code status} it answered with, and for a
     * server error with its {@code instance} id.
     */
    public void mark(ServerSpan span, URI type, int status, URI instance) {
        if (span == null || failed) {
            return;
        }
        try {
            OpenTelemetrySpans.mark(span, type, status, instance);
        } catch (RuntimeException | LinkageError failure) {
            fail(failure);
        }
    }

    private void fail(Throwable failure) {
        if (!failed) {
            failed = true;
            Incidents.tracingFailed(failure);
        }
    }
}
