package dev.statusproblems.it.traces;

import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The exported server spans of the requests for one path, as JSON: how many spans were exported in all,
 * and each matching span's name, ids, status and attributes (as strings).
 */
@Path("spans")
@RequestScoped
public class SpansResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String spans(@QueryParam("path") String path) throws InterruptedException {
        JsonArrayBuilder spans = Json.createArrayBuilder();
        for (SpanData span : InMemorySpans.serverSpans(path, 10_000)) {
            JsonObjectBuilder attributes = Json.createObjectBuilder();
            span.getAttributes().forEach((key, value) -> attributes.add(key.getKey(), String.valueOf(value)));
            spans.add(Json.createObjectBuilder().add("name", span.getName()).add("traceId", span.getTraceId())
                    .add("spanId", span.getSpanId()).add("status", span.getStatus().getStatusCode().name())
                    .add("attributes", attributes));
        }
        return Json.createObjectBuilder().add("exported", InMemorySpans.exported()).add("spans", spans).build()
                .toString();
    }
}
