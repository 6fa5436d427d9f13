package dev.statusproblems.responses;

import dev.statusproblems.model.internal.QualityValues;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * What the pipeline needs to know of the request being answered, as the adapter read it from its
 * container: the method, the path as the client sent it (from the server root on, without the
 * query), the application's context path, and the {@code Accept} and {@code Accept-Language}
 * header fields. Immutable.
 */
public final class ProblemRequest {

    private final String method;
    private final String path;
    private final String contextPath;
    private final String accept;
    private final String acceptLanguage;
    private final String wayIn;
    private final boolean authenticated;

    private ProblemRequest(String method, String path, String contextPath, String accept, String acceptLanguage,
            String wayIn, boolean authenticated) {
        this.method = method == null ? "" : method;
        this.path = path == null ? "" : path;
        this.contextPath = contextPath == null || contextPath.equals("/") ? "" : contextPath;
        this.accept = accept;
        this.acceptLanguage = acceptLanguage;
        this.wayIn = wayIn == null || wayIn.isBlank() ? "unknown" : wayIn;
        this.authenticated = authenticated;
    }

    /**
     * The request {@code method path} of the application at {@code contextPath} ({@code ""} for the
     * root), with its {@code Accept} and {@code Accept-Language} fields; any may be {@code null}
     * when unknown.
     */
    public static ProblemRequest of(String method, String path, String contextPath, String accept,
            String acceptLanguage) {
        return new ProblemRequest(method, path, contextPath, accept, acceptLanguage, null, false);
    }

    /**
     * This request, answered by the sender {@code wayIn} (e.g. {@code JAX-RS}, {@code servlet}), which
     * the log lines that ask the application to act name.
     */
    public ProblemRequest by(String wayIn) {
        return new ProblemRequest(method, path, contextPath, accept, acceptLanguage, wayIn, authenticated);
    }

    /**
     * This request, from a client the container has {@code authenticated} (servlet
     * {@code getUserPrincipal()}, JAX-RS {@code SecurityContext.getUserPrincipal()} not {@code null}).
     */
    public ProblemRequest authenticated(boolean authenticated) {
        return new ProblemRequest(method, path, contextPath, accept, acceptLanguage, wayIn, authenticated);
    }

    /** Whether the client is authenticated; {@code false} unless {@linkplain #authenticated(boolean) given}. */
    public boolean isAuthenticated() {
        return authenticated;
    }

    /**
     * The path from the application's context root on, as the container routes it: without path
     * parameters ({@code ;jsessionid=...}), percent-decoded, with dot-segments removed; the path as
     * sent where it is no valid URI path.
     */
    public String pathInApplication() {
        String within = path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
        try {
            String decoded = new URI(within.replaceAll(";[^/]*", "")).getPath();
            String normalized = decoded == null ? null : new URI(null, null, decoded, null).normalize().getPath();
            return normalized == null || normalized.isEmpty() ? "/" : normalized;
        } catch (URISyntaxException notAPath) {
            return within;
        }
    }

    /** The method, e.g. {@code GET}; {@code ""} when unknown. */
    public String method() {
        return method;
    }

    /** The path as the client sent it, without the query; {@code ""} when unknown. */
    public String path() {
        return path;
    }

    /** The application's context path, {@code ""} for the root. */
    public String contextPath() {
        return contextPath;
    }

    /** The sender that answers the request, {@code unknown} unless {@linkplain #by given}. */
    public String wayIn() {
        return wayIn;
    }

    /** The {@code Accept} field, or {@code null}. */
    public String accept() {
        return accept;
    }

    /** The {@code Accept-Language} field, or {@code null}. */
    public String acceptLanguage() {
        return acceptLanguage;
    }

    /**
     * Whether every weight in {@code field}, an {@code Accept}-like header field, is a quality value
     * as RFC 9110 (Section 12.4.2) defines it; a field with none is well-formed. The pipeline reads
     * weights by this rule, so a request whose weights break it is a client's fault to refuse.
     */
    public static boolean weightsWellFormed(String field) {
        return QualityValues.wellFormed(field);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
