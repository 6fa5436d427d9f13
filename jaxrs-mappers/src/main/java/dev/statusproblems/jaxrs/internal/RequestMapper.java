package dev.statusproblems.jaxrs.internal;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * What every mapper shares: the problem policy, and the request being answered, read from the
 * runtime's {@code @Context} proxies (both runtimes inject a superclass's fields).
 *
 * @param <E> the exceptions mapped
 */
abstract class RequestMapper<E extends Throwable> implements ExceptionMapper<E> {

    /** The policy, from the settings. */
    final ExceptionProblems problems = ExceptionProblems.fromSettings();

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
