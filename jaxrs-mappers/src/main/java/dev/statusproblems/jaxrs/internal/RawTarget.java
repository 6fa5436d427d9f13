package dev.statusproblems.jaxrs.internal;

/**
 * Tells, from the characters of a servlet request's host, path and query alone, that a runtime
 * parsing its request URI cannot fail: every character is one {@code java.net.URI} takes where it
 * stands, every escape is well formed, and the path has none to decode. Whatever it does not know
 * is left to the runtime's own parser, which is exact but builds the whole URI.
 */
final class RawTarget {

    /** The characters of a host name or IPv4 address. */
    private static final boolean[] HOST = allowed("-.");
    /** RFC 3986's unreserved and sub-delims, ':', '@' and '/': a path with nothing to decode. */
    private static final boolean[] PATH = allowed("-._~!$&'()*+,;=:@/");
    /** What a path takes, and '?'; a query's escapes are checked on their own. */
    private static final boolean[] QUERY = allowed("-._~!$&'()*+,;=:@/?");

    private RawTarget() {
    }

    /**
     * Whether {@code http://host:port} followed by {@code path} and, unless {@code null},
     * {@code ?query} is a URI no parser refuses and whose path has nothing to decode.
     */
    static boolean plain(String host, String path, String query) {
        return host != null && !host.isEmpty() && path != null && only(host, HOST) && only(path, PATH)
                && (query == null || escapedOnly(query));
    }

    private static boolean only(String text, boolean[] allowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= allowed.length || !allowed[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean escapedOnly(String query) {
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || !hex(query.charAt(i + 1)) || !hex(query.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c >= QUERY.length || !QUERY[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean[] allowed(String punctuation) {
        boolean[] allowed = new boolean[128];
        for (char c = '0'; c <= '9'; c++) {
            allowed[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            allowed[c] = true;
            allowed[Character.toUpperCase(c)] = true;
        }
        for (char c : punctuation.toCharArray()) {
            allowed[c] = true;
        }
        return allowed;
    }
}
