package dev.statusproblems.jaxrs.internal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * What the mappers need to know of the request being answered, read once from the runtime's
 * {@code @Context} proxies.
 */
final class RequestFacts {

    private final String method;
    private final String path;
    private final URI requestUri;
    private final String accept;
    private final String acceptLanguage;

    private RequestFacts(String method, String path, URI requestUri, String accept, String acceptLanguage) {
        this.method = method;
        this.path = path;
        this.requestUri = requestUri;
        this.accept = accept;
        this.acceptLanguage = acceptLanguage;
    }

    /** The facts of the current request; never throws, even outside a request. */
    static RequestFacts of(Request request, UriInfo uriInfo, HttpHeaders headers) {
        String method = "";
        String path = "";
        URI requestUri = null;
        String accept = null;
        String acceptLanguage = null;
        try {
            method = request.getMethod();
        } catch (RuntimeException outsideRequest) {
            // left empty
        }
        try {
            requestUri = uriInfo.getRequestUri();
            path = requestUri.getRawPath() != null ? requestUri.getRawPath() : "";
        } catch (RuntimeException outsideRequest) {
            // left empty
        }
        try {
            accept = headers.getHeaderString(HttpHeaders.ACCEPT);
            acceptLanguage = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        } catch (RuntimeException outsideRequest) {
            // left empty
        }
        return new RequestFacts(method, path, requestUri, accept, acceptLanguage);
    }

    String method() {
        return method;
    }

    /** The path as the client sent it, from the context root on, without the query. */
    String path() {
        return path;
    }

    /** The request URI, or {@code null} when unknown. */
    URI requestUri() {
        return requestUri;
    }

    String accept() {
        return accept;
    }

    String acceptLanguage() {
        return acceptLanguage;
    }

    boolean isHead() {
        return "HEAD".equalsIgnoreCase(method);
    }
}
