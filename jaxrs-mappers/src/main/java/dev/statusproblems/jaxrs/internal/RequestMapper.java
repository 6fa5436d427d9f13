package dev.statusproblems.jaxrs.internal;

import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * What every mapper shares: the problem policy, and the request being answered.
 *
 * @param <E> the exceptions mapped
 */
abstract class RequestMapper<E extends Throwable> extends RequestAware implements ExceptionMapper<E> {

    /** The policy, from the settings. */
    final ExceptionProblems problems = ExceptionProblems.fromSettings();
}
