package dev.statusproblems.model.internal;

import dev.statusproblems.model.ProblemDetail;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The problem type URIs the codecs read, each parsed once. A type names a kind of problem, so a
 * client sees the same few again and again, and parsing a URI is the largest single cost of reading a
 * problem. Bounded, so that a peer sending a new type each time only stops the caching.
 */
public final class TypeUris {

    private static final int MAX_ENTRIES = 256;
    private static final int MAX_LENGTH = 512;
    private static final Map<String, URI> PARSED = new ConcurrentHashMap<>(
            Map.of("about:blank", ProblemDetail.ABOUT_BLANK));

    private TypeUris() {
    }

    /**
     * {@code type} as a URI.
     *
     * @throws URISyntaxException if it is not a URI reference
     */
    public static URI parse(String type) throws URISyntaxException {
        URI known = PARSED.get(type);
        if (known != null) {
            return known;
        }
        URI uri = new URI(type);
        if (PARSED.size() < MAX_ENTRIES && type.length() <= MAX_LENGTH) {
            PARSED.putIfAbsent(type, uri);
        }
        return uri;
    }
}
