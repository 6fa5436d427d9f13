package dev.statusproblems.responses.internal;

import dev.statusproblems.responses.Settings;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The {@code instance} of a client error, as {@link Settings#instance()} configures it. A server error
 * always gets a new {@code urn:uuid:} id, which its log line holds.
 */
public final class InstanceStrategy {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private InstanceStrategy() {
    }

    /** The {@code instance}, as {@code instance} says, of a client error answering {@code path}; {@code null} for none. */
    public static URI forClientError(Settings.Instance instance, String path) {
        switch (instance) {
            case UUID:
                return Incidents.newInstanceId();
            case NONE:
                return null;
            default:
                if (path == null || !path.startsWith("/")) {
                    return null;
                }
                try {
                    return URI.create(legalPath(path));
                } catch (IllegalArgumentException notAReference) {
                    return null; // none rather than a wrong one
                }
        }
    }

    /**
     * {@code path} with every character RFC 3986 does not allow in a path percent-encoded as UTF-8
     * ({@code [}, a space, a raw non-ASCII byte the container let through), and a {@code %} that
     * starts no escape encoded too; what is legal, escapes included, stays as the client sent it.
     */
    static String legalPath(String path) {
        StringBuilder legal = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' ? i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))
                    : isPathCharacter(c)) {
                legal.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
                for (byte b : path.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    legal.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
                i = end - 1;
            }
        }
        return legal.toString();
    }

    /** RFC 3986 §3.3: unreserved, sub-delims, ":", "@", and "/" between segments. */
    private static boolean isPathCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
