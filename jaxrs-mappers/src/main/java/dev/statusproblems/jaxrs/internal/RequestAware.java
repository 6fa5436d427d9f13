package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.responses.Failure;
import dev.statusproblems.responses.ProblemRequest;
import dev.statusproblems.responses.ProblemResponse;
import dev.statusproblems.responses.ProblemResponses;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * A provider that answers requests: it reads the request being answered from the runtime's
 * {@code @Context} proxies (both runtimes inject a superclass's fields) and sends what the
 * application's pipeline decides.
 */
abstract class RequestAware {

    @Context
    private Request request;
    @Context
    private UriInfo uriInfo;
    @Context
    private HttpHeaders headers;
    @Context
    private Application application;
    @Context
    private Configuration configuration;
    @Context
    private SecurityContext security;
    /** This provider's application, found at its first problem: the runtime makes one provider per application. */
    private volatile JaxrsApplication of;
    /** Its {@code @ApplicationPath}, read at its first problem. */
    private volatile String applicationPath;

    /** The request being answered, as the pipeline sees it. */
    final ProblemRequest request() {
        String path = applicationPath;
        if (path == null) {
            path = RequestFacts.applicationPath(application);
            applicationPath = path;
        }
        return RequestFacts.of(request, uriInfo, headers, path, security);
    }

    /** The application's pipeline. */
    final ProblemResponses responses() {
        return application().responses();
    }

    /** This provider's application. */
    final JaxrsApplication application() {
        JaxrsApplication known = of;
        if (known == null) {
            known = JaxrsApplication.of(configuration);
            of = known;
        }
        return known;
    }

    /** The response the pipeline decides for {@code failure} in answer to the current request. */
    final Response send(Failure failure) {
        return send(request(), failure);
    }

    /**
     * The response the pipeline decides for {@code failure} in answer to {@code request}, with the request's
     * server span current where the runtime traced it, so that the pipeline marks the span.
     */
    final Response send(ProblemRequest request, Failure failure) {
        JaxrsApplication application = application();
        PayaraServerSpan.Scope span = application.serverSpan();
        try {
            return send(application.responses().respond(request, failure));
        } finally {
            span.close();
        }
    }

    /**
     * {@code sent} as a JAX-RS response. The entity is the problem, which {@link ProblemWriter} writes
     * as the pipeline did; the length is stated, so that HEAD states the length GET sends, whatever
     * the runtime does with HEAD.
     */
    static Response send(ProblemResponse sent) {
        Response.ResponseBuilder response = Response.status(sent.status(), sent.reasonPhrase());
        sent.headers().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        sent.mediaType().ifPresent(type -> response.type(type).entity(sent.problem())
                .header("Content-Length", sent.contentLength()));
        return response.build();
    }
}
