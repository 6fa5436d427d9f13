package dev.statusproblems.model.internal;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Locale;

/**
 * The {@code instance} of a client error, as {@link Settings#INSTANCE} configures it. A server error
 * always gets a new {@code urn:uuid:} id, which its log line holds.
 */
public enum InstanceStrategy {
    /** The request path as the client sent it, without the query (the default). */
    PATH,
    /** A new {@code urn:uuid:} id. */
    UUID,
    /** No instance. */
    NONE;

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    /** The strategy {@code settings} configure; an unknown value is logged, and the path used. */
    public static InstanceStrategy of(Settings settings) {
        String value = settings.get(Settings.INSTANCE, "path");
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            LOG.log(Level.WARNING, "status-problems: " + Settings.INSTANCE + " '" + value
                    + "' is not one of path, uuid, none; using path");
            return PATH;
        }
    }

    /** The {@code instance} of a client error answering {@code path}; {@code null} for none. */
    public URI forClientError(String path) {
        switch (this) {
            case UUID:
                return Incidents.newInstanceId();
            case NONE:
                return null;
            default:
                if (path == null || !path.startsWith("/")) {
                    return null;
                }
                try {
                    return URI.create(path);
                } catch (IllegalArgumentException notAReference) {
                    return null; // a path the container accepted but no URI reference can hold: none, not a wrong one
                }
        }
    }
}
