package dev.statusproblems.jaxrs.internal;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

/**
 * A provider that answers requests: it reads the request being answered from the runtime's
 * {@code @Context} proxies (both runtimes inject a superclass's fields).
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

    /** The facts of the request being answered. */
    final RequestFacts facts() {
        return RequestFacts.of(request, uriInfo, headers, application);
    }
}
