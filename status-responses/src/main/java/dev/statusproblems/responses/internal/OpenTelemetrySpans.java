package dev.statusproblems.responses.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import java.net.URI;

/**
 * The only class that links against the OpenTelemetry API: reached only from {@link Traces}, after its
 * probe found the API, so that it is never loaded where the API is absent. Calls nothing newer than
 * OpenTelemetry 1.29, Payara 6's.
 */
final class OpenTelemetrySpans {

    private OpenTelemetrySpans() {
    }

    /** The current span, where it is a valid one; {@code null} where nothing is traced. */
    static ServerSpan current() {
        Span span = Span.current();
        SpanContext context = span.getSpanContext();
        return context.isValid() ? new ServerSpan(span, context.getTraceId(), context.getSpanId()) : null;
    }

    /**
     * Marks {@code span} with the problem it answered with: its type, and for a server error the error
     * status, {@code error.type} and the incident id. A client error leaves the span's status alone, as
     * the semantic conventions of HTTP server spans ask.
     */
    static void mark(ServerSpan span, URI type, int status, URI instance) {
        Span traced = (Span) span.span;
        traced.setAttribute(Traces.PROBLEM_TYPE, type.toString());
        if (status >= 500) {
            traced.setAttribute(Traces.ERROR_TYPE, Integer.toString(status));
            if (instance != null) {
                traced.setAttribute(Traces.PROBLEM_INSTANCE, instance.toString());
            }
            traced.setStatus(StatusCode.ERROR);
        }
    }
}
