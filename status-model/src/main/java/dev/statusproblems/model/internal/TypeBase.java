package dev.statusproblems.model.internal;

import dev.statusproblems.model.ProblemDetail;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * What relative problem type URIs resolve against when a problem is sent: the configured
 * {@link Settings#TYPE_BASE}, else the application's problem catalogue,
 * {@code {context path}{catalogue path}/}, so that {@code out-of-credit} is sent as
 * {@code /shop/problems/out-of-credit}, the page that documents it.
 */
public final class TypeBase {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");
    private static final String DEFAULT_CATALOGUE_PATH = "/problems";

    private final URI configured;
    private final String cataloguePath;

    private TypeBase(URI configured, String cataloguePath) {
        this.configured = configured;
        this.cataloguePath = cataloguePath;
    }

    /** The type base {@code settings} configure; an unusable configured value is logged and ignored. */
    public static TypeBase of(Settings settings) {
        URI configured = null;
        String value = settings.get(Settings.TYPE_BASE).orElse(null);
        if (value != null) {
            try {
                URI uri = new URI(value);
                configured = uri.getRawPath() != null && !uri.getRawPath().endsWith("/")
                        ? new URI(value + "/") : uri;
            } catch (URISyntaxException e) {
                LOG.log(Level.WARNING, "status-problems: " + Settings.TYPE_BASE + " '" + value
                        + "' is not a URI; problem types resolve against the catalogue");
            }
        }
        String path = settings.get(Settings.CATALOGUE_PATH, DEFAULT_CATALOGUE_PATH);
        if (!path.startsWith("/")) {
            path = DEFAULT_CATALOGUE_PATH; // "none", or unusable: types still need a base
        }
        return new TypeBase(configured, path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    /** The base for an application at {@code contextPath} ({@code ""} for the root). */
    public URI forContext(String contextPath) {
        if (configured != null) {
            return configured;
        }
        String context = contextPath == null || contextPath.equals("/") ? "" : contextPath;
        return URI.create(context + cataloguePath + "/");
    }

    /**
     * {@code problem}, its type resolved against the base for {@code contextPath} when it is a
     * relative-path reference such as {@code out-of-credit}; {@code problem} itself otherwise.
     */
    public ProblemDetail resolve(ProblemDetail problem, String contextPath) {
        URI type = problem.type();
        if (type.isAbsolute() || type.getRawAuthority() != null || type.getRawPath() == null
                || type.getRawPath().isEmpty() || type.getRawPath().startsWith("/")) {
            return problem;
        }
        return problem.toBuilder().type(forContext(contextPath).resolve(type)).build();
    }
}
