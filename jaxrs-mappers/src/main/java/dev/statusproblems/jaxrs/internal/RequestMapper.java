package dev.statusproblems.jaxrs.internal;

import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * What every mapper shares: the request being answered, and the application's pipeline.
 *
 * @param <E> the exceptions mapped
 */
abstract class RequestMapper<E extends Throwable> extends RequestAware implements ExceptionMapper<E> {
}
