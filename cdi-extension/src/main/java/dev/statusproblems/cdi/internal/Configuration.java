package dev.statusproblems.cdi.internal;

import dev.statusproblems.model.internal.Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * What this module reads from {@link Settings}: the type base and the catalogue path, checked.
 */
public final class Configuration {

    /** The catalogue path when none is configured. */
    public static final String DEFAULT_CATALOGUE_PATH = "/problems";

    /** The catalogue path value that turns the catalogue off. */
    public static final String NO_CATALOGUE = "none";

    private final URI typeBase;
    private final String cataloguePath;

    private Configuration(URI typeBase, String cataloguePath) {
        this.typeBase = typeBase;
        this.cataloguePath = cataloguePath;
    }

    /**
     * The configuration in {@code settings}.
     *
     * @throws IllegalArgumentException naming the key and the fault when a value is unusable
     */
    public static Configuration load(Settings settings) {
        String path = settings.get(Settings.CATALOGUE_PATH, DEFAULT_CATALOGUE_PATH);
        String cataloguePath = path.equalsIgnoreCase(NO_CATALOGUE) ? null : cataloguePath(path);
        // Unset, there is no base: types stay as declared, and whoever sends or documents a problem
        // resolves a relative one against the catalogue of the request's context, e.g.
        // /shop/problems/out-of-credit, which no base fixed at deployment could reach.
        URI typeBase = settings.get(Settings.TYPE_BASE).map(Configuration::typeBase).orElse(null);
        return new Configuration(typeBase, cataloguePath);
    }

    private static String cataloguePath(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        boolean valid = trimmed.length() > 1 && trimmed.startsWith("/") && !trimmed.contains("//");
        for (int i = 0; valid && i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "/-._~".indexOf(c) >= 0;
        }
        if (!valid || trimmed.contains("/./") || trimmed.contains("/../") || trimmed.endsWith("/.")
                || trimmed.endsWith("/..")) {
            throw new IllegalArgumentException("status-problems: " + Settings.CATALOGUE_PATH + " '" + path
                    + "' is not a path for the catalogue; use one like /problems, or none to turn it off");
        }
        return trimmed;
    }

    private static URI typeBase(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("status-problems: " + Settings.TYPE_BASE + " '" + value
                    + "' is not a URI: " + e.getReason());
        }
        if (uri.isOpaque() || uri.getRawQuery() != null || uri.getRawFragment() != null
                || (!uri.isAbsolute() && (uri.getRawPath() == null || !uri.getRawPath().startsWith("/")))) {
            throw new IllegalArgumentException("status-problems: " + Settings.TYPE_BASE + " '" + value
                    + "' cannot be a base for type URIs; use an absolute URI or a path, such as"
                    + " https://example.com/problems/ or /problems/");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        // Without the trailing slash, resolution would drop the last segment: .../problems + x = .../x.
        return path.endsWith("/") ? uri : URI.create(uri.toString() + "/");
    }

    /** The configured base relative type URIs are resolved against, or {@code null} if none is. */
    public URI typeBase() {
        return typeBase;
    }

    /** The catalogue's path from the context root, without a trailing slash, if there is a catalogue. */
    public Optional<String> cataloguePath() {
        return Optional.ofNullable(cataloguePath);
    }
}
