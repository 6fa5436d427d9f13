package dev.statusproblems.responses.internal;

/**
 * The server span of the request being answered, as OpenTelemetry tracks it: its ids and, held as an
 * {@code Object} so that nothing here links against OpenTelemetry, the span itself.
 */
public final class ServerSpan {

    final Object span;
    private final String traceId;
    private final String spanId;

    ServerSpan(Object span, String traceId, String spanId) {
        this.span = span;
        this.traceId = traceId;
        this.spanId = spanId;
    }

    /** The trace id, 32 lowercase hexadecimal digits. */
    public String traceId() {
        return traceId;
    }

    /** The span id, 16 lowercase hexadecimal digits. */
    public String spanId() {
        return spanId;
    }
}
