package dev.statusproblems.model;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The factory of problem builders: {@code problems.notFound().detail("Order %s does not exist", id)
 * .toException()}. Immutable and thread-safe; works with or without CDI.
 */
public final class StatusProblems {

    private static final StatusProblems DEFAULTS = new StatusProblems(null, Languages.DEFAULT);

    private final URI typeBase;
    private final Locale language;

    private StatusProblems(URI typeBase, Locale language) {
        this.typeBase = typeBase;
        this.language = language;
    }

    /** A factory with no type base, titles in English. */
    public static StatusProblems create() {
        return DEFAULTS;
    }

    /** This factory, resolving relative {@link ProblemType} type URIs against {@code typeBase}. */
    public StatusProblems withTypeBase(URI typeBase) {
        return new StatusProblems(Objects.requireNonNull(typeBase, "typeBase"), language);
    }

    /** This factory, with default titles in {@code language} (English when not supported). */
    public StatusProblems withLanguage(Locale language) {
        return new StatusProblems(typeBase, Languages.of(language));
    }

    /** The base relative type URIs are resolved against, or {@code null}. */
    public URI typeBase() {
        return typeBase;
    }

    /** The language of default titles. */
    public Locale language() {
        return language;
    }

    /**
     * A builder for a problem with {@code status}.
     *
     * @throws IllegalArgumentException if {@code status} is outside 100–599
     */
    public ProblemDetail.Builder of(int status) {
        return ProblemDetail.builder(status).language(language);
    }

    /** A builder for a problem with {@code status}. */
    public ProblemDetail.Builder of(HttpStatus status) {
        return ProblemDetail.builder(status).language(language);
    }

    /**
     * A builder for the problem type {@code exceptionClass} declares with {@link ProblemType}.
     *
     * @throws IllegalArgumentException naming the class if it declares no valid problem type
     */
    public ProblemDetail.Builder of(Class<? extends Throwable> exceptionClass) {
        ProblemTypeDefinition definition = ProblemTypeDefinition.of(exceptionClass);
        return definition.toBuilder(typeBase).title(definition.title(language));
    }

    /**
     * A builder for the problem {@code exception} stands for, whose class declares a
     * {@link ProblemType}: its message is the detail, its {@link ProblemMember}s the extensions.
     *
     * @throws IllegalArgumentException naming the class if it declares no valid problem type
     */
    public ProblemDetail.Builder of(Throwable exception) {
        Objects.requireNonNull(exception, "exception");
        ProblemTypeDefinition definition = ProblemTypeDefinition.of(exception.getClass());
        return definition.toBuilder(exception, typeBase).title(definition.title(language));
    }

    /** 400 Bad Request. */
    public ProblemDetail.Builder badRequest() {
        return of(400);
    }

    /** 401 Unauthorized; give its {@code WWW-Authenticate} with {@link ProblemDetail.Builder#challenge}. */
    public ProblemDetail.Builder unauthorized() {
        return of(401);
    }

    /** 403 Forbidden. */
    public ProblemDetail.Builder forbidden() {
        return of(403);
    }

    /** 404 Not Found. */
    public ProblemDetail.Builder notFound() {
        return of(404);
    }

    /** 405 Method Not Allowed; the response also needs {@code Allow}. */
    public ProblemDetail.Builder methodNotAllowed() {
        return of(405);
    }

    /** 409 Conflict. */
    public ProblemDetail.Builder conflict() {
        return of(409);
    }

    /** 410 Gone. */
    public ProblemDetail.Builder gone() {
        return of(410);
    }

    /** 412 Precondition Failed. */
    public ProblemDetail.Builder preconditionFailed() {
        return of(412);
    }

    /** 413 Content Too Large. */
    public ProblemDetail.Builder contentTooLarge() {
        return of(413);
    }

    /** 415 Unsupported Media Type. */
    public ProblemDetail.Builder unsupportedMediaType() {
        return of(415);
    }

    /** 422 Unprocessable Content. */
    public ProblemDetail.Builder unprocessableContent() {
        return of(422);
    }

    /** 429 Too Many Requests; the response may carry {@code Retry-After} ({@link ProblemDetail.Builder#retryAfter}). */
    public ProblemDetail.Builder tooManyRequests() {
        return of(429);
    }

    /** 500 Internal Server Error. */
    public ProblemDetail.Builder internalServerError() {
        return of(500);
    }

    /** 501 Not Implemented. */
    public ProblemDetail.Builder notImplemented() {
        return of(501);
    }

    /** 502 Bad Gateway. */
    public ProblemDetail.Builder badGateway() {
        return of(502);
    }

    /** 503 Service Unavailable; the response may carry {@code Retry-After} ({@link ProblemDetail.Builder#retryAfter}). */
    public ProblemDetail.Builder serviceUnavailable() {
        return of(503);
    }

    /** 504 Gateway Timeout. */
    public ProblemDetail.Builder gatewayTimeout() {
        return of(504);
    }
}
