package dev.statusproblems.it.traces;

import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The exported server spans of one trace, as JSON: name, ids, status, attributes (as strings). */
@Path("spans")
public class SpansResource {

    @GET
    @Path("{traceId}")
    @Produces(MediaType.APPLICATION_JSON)
    public String spans(@PathParam("traceId") String traceId) throws InterruptedException {
        JsonArrayBuilder spans = Json.createArrayBuilder();
        for (SpanData span : InMemorySpans.serverSpans(traceId, 10_000)) {
            JsonObjectBuilder attributes = Json.createObjectBuilder();
            span.getAttributes().forEach((key, value) -> attributes.add(key.getKey(), String.valueOf(value)));
            spans.add(Json.createObjectBuilder().add("name", span.getName()).add("traceId", span.getTraceId())
                    .add("spanId", span.getSpanId()).add("status", span.getStatus().getStatusCode().name())
                    .add("attributes", attributes));
        }
        return spans.build().toString();
    }
}
