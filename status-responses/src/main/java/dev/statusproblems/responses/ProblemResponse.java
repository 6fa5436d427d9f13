package dev.statusproblems.responses;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What to send for an error: the status, the header fields, and, where the status allows content,
 * the problem's body in the negotiated format and language. Immutable; the adapter writes it as it
 * is, the body for HEAD too, where its container drops it (so that HEAD states GET's length).
 */
public final class ProblemResponse {

    private final ProblemDetail problem;
    private final Locale language;
    private final Map<String, List<String>> headers;
    private final String mediaType;
    private final byte[] body;

    ProblemResponse(ProblemDetail problem, Locale language, Map<String, List<String>> headers, String mediaType,
            byte[] body) {
        this.problem = problem;
        this.language = language;
        this.headers = headers;
        this.mediaType = mediaType;
        this.body = body;
    }

    /** The status code. */
    public int status() {
        return problem.status();
    }

    /** The status's reason phrase. */
    public String reasonPhrase() {
        return HttpStatus.of(problem.status()).reasonPhrase();
    }

    /** The problem sent, completed (type resolved, title localized, instance and detail decided). */
    public ProblemDetail problem() {
        return problem;
    }

    /** The language of the texts. */
    public Locale language() {
        return language;
    }

    /**
     * The header fields to send, in order, but for {@code Content-Type} and {@code Content-Length}:
     * the application's that are kept, then {@code Content-Language} and {@code Vary} when there is
     * a body.
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The body's media type, e.g. {@code application/problem+json}; empty when the status allows no content. */
    public Optional<String> mediaType() {
        return Optional.ofNullable(mediaType);
    }

    /** The body's bytes (UTF-8); empty when the status allows no content. */
    public byte[] body() {
        return body.clone();
    }

    /** The body's length in bytes, the {@code Content-Length} to state. */
    public int contentLength() {
        return body.length;
    }

    /** Writes the body to {@code out}, without copying it. */
    public void writeBody(java.io.OutputStream out) throws java.io.IOException {
        out.write(body);
    }

    @Override
    public String toString() {
        return "ProblemResponse{" + problem.status() + " " + mediaType + " " + language.toLanguageTag() + "}";
    }
}
