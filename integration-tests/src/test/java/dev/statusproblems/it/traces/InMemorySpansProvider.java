package dev.statusproblems.it.traces;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** The exporter {@code otel.traces.exporter=statusproblems-in-memory} names, found by the SDK's service loader. */
public final class InMemorySpansProvider implements ConfigurableSpanExporterProvider {

    @Override
    public SpanExporter createExporter(ConfigProperties config) {
        return new InMemorySpans();
    }

    @Override
    public String getName() {
        return "statusproblems-in-memory";
    }
}
