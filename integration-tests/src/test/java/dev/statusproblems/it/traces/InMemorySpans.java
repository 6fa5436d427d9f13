package dev.statusproblems.it.traces;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The spans the server's SDK exported for this application, kept in memory for {@link SpansResource}. */
public final class InMemorySpans implements SpanExporter {

    private static final List<SpanData> EXPORTED = new ArrayList<>();

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        synchronized (EXPORTED) {
            EXPORTED.addAll(spans);
            EXPORTED.notifyAll();
        }
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    /** How many spans were exported so far. */
    static int exported() {
        synchronized (EXPORTED) {
            return EXPORTED.size();
        }
    }

    /**
     * The server spans of requests for {@code path} (an attribute's value: {@code url.path} on WildFly,
     * {@code http.target} on Payara), waiting up to {@code millis} for the first to be exported.
     */
    static List<SpanData> serverSpans(String path, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (EXPORTED) {
            while (true) {
                List<SpanData> found = EXPORTED.stream()
                        .filter(span -> span.getKind() == io.opentelemetry.api.trace.SpanKind.SERVER)
                        .filter(span -> span.getAttributes().asMap().containsValue(path))
                        .collect(Collectors.toList());
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (!found.isEmpty() || left <= 0) {
                    return found;
                }
                EXPORTED.wait(left);
            }
        }
    }
}
