package dev.statusproblems.model;

import dev.statusproblems.model.internal.JsonInput;
import dev.statusproblems.model.internal.JsonOutput;
import dev.statusproblems.model.internal.Members;
import dev.statusproblems.model.internal.Text;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;

/**
 * The {@code application/problem+json} codec (RFC 9457, Section 3).
 *
 * <p>Written by a small dedicated UTF-8 encoder into the writing thread's reused buffer, with the
 * member names and the strings that recur (types, titles) encoded once; read by a strict JSON reader
 * of its own straight from the UTF-8 bytes into the problem's members (no tree of JSON values first,
 * no String per defined member name), which a JSON-P parser could not do within the time this codec
 * is held to. Neither depends on the application's own JSON-B or Jackson configuration, nor on a JSON-P
 * implementation. A member that appears twice is refused, and so is anything after the object.
 * Strings are written as they are, except that an unpaired surrogate, which has no UTF-8 form,
 * becomes U+FFFD.
 */
public final class ProblemJson {

    /** The media type. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    /** The constant parts of a document, encoded once. */
    private static final byte[] TYPE = JsonOutput.utf8("{\"type\":");
    private static final byte[] TITLE = JsonOutput.utf8(",\"title\":");
    /** The status member of each code, 100 to 599, as {@code ,"status":404}. */
    private static final byte[][] STATUSES = new byte[500][];
    private static final byte[] DETAIL = JsonOutput.utf8(",\"detail\":");
    private static final byte[] INSTANCE = JsonOutput.utf8(",\"instance\":");

    /**
     * Strings that recur from problem to problem, encoded once: {@code about:blank} and the title of
     * every registered status in every supported language, then the types and titles written, up to
     * a bound (an application has a few problem types, each with one title).
     */
    private static final Map<String, byte[]> RECURRING = new ConcurrentHashMap<>();
    private static final int MAX_RECURRING;
    private static final int MAX_RECURRING_LENGTH = 256;

    static {
        RECURRING.put("about:blank", JsonOutput.quoted("about:blank"));
        for (HttpStatus status : HttpStatus.registered()) {
            for (Locale language : Languages.supported()) {
                RECURRING.put(status.title(language), JsonOutput.quoted(status.title(language)));
            }
        }
        MAX_RECURRING = RECURRING.size() + 256;
        for (int code = 100; code <= 599; code++) {
            STATUSES[code - 100] = JsonOutput.utf8(",\"status\":" + code);
        }
    }

    private static void recurring(JsonOutput json, String s) {
        byte[] encoded = RECURRING.get(s);
        if (encoded == null) {
            if (s.length() > MAX_RECURRING_LENGTH || RECURRING.size() >= MAX_RECURRING) {
                json.value(s);
                return;
            }
            encoded = JsonOutput.quoted(s);
            RECURRING.putIfAbsent(s, encoded);
        }
        json.rawValue(encoded);
    }

    /** Writes {@code problem} to {@code out} as UTF-8 and flushes; {@code out} is left open. */
    public static void write(ProblemDetail problem, OutputStream out) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(out, "out");
        JsonOutput json = JsonOutput.forThisThread();
        try {
            encode(problem, json).writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            json.release();
        }
    }

    /** {@code problem} as a JSON text. */
    public static String toJson(ProblemDetail problem) {
        Objects.requireNonNull(problem, "problem");
        JsonOutput json = JsonOutput.forThisThread();
        try {
            return encode(problem, json).toString();
        } finally {
            json.release();
        }
    }

    /** One extension value as JSON text; for renderers that show values (HTML). */
    static String valueToJson(Object value) {
        return new JsonOutput(64).value(value).toString();
    }

    private static JsonOutput encode(ProblemDetail problem, JsonOutput json) {
        json.rawName(TYPE);
        recurring(json, problem.type().toString());
        json.rawName(TITLE);
        recurring(json, problem.title());
        json.rawMember(STATUSES[problem.status() - 100]);
        problem.detail().ifPresent(detail -> json.rawName(DETAIL).value(detail));
        problem.instance().ifPresent(instance -> json.rawName(INSTANCE).value(instance.toString()));
        for (Map.Entry<String, Object> member : problem.members().entrySet()) {
            json.name(member.getKey()).value(member.getValue());
        }
        return json.endObject();
    }

    /**
     * Reads a problem document; the document must have a {@code status} member.
     *
     * @throws ProblemFormatException saying why, if it is not a problem document this library can read
     */
    public static ProblemDetail read(InputStream in) {
        return read(in, 0);
    }

    /**
     * Reads a problem document received with {@code responseStatus}, which stands for a missing
     * {@code status} member (RFC 9457, Section 3.1.2: the member is advisory).
     *
     * @throws ProblemFormatException saying why, if it is not a problem document this library can read
     */
    public static ProblemDetail read(InputStream in, int responseStatus) {
        Objects.requireNonNull(in, "in");
        try {
            return JsonInput.read(in, json -> {
                int first = json.peek();
                if (first != '{') {
                    throw new ProblemFormatException(first == -1 ? "not a problem document: it is empty"
                            : "not a problem document: expected a JSON object, found " + kind(first));
                }
                json.open();
                ProblemDetail problem = problem(json, responseStatus);
                json.end();
                return problem;
            });
        } catch (IOException e) {
            throw new ProblemFormatException("not a problem document: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a problem document.
     *
     * @throws ProblemFormatException saying why, if it is not a problem document this library can read
     */
    public static ProblemDetail parse(String json) {
        return read(new ByteArrayInputStream(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8)));
    }

    private static ProblemDetail problem(JsonInput json, int responseStatus) {
        int status = 0;
        String type = null;
        String title = null;
        String detail = null;
        String instance = null;
        LinkedHashMap<String, Object> extensions = new LinkedHashMap<>();
        int seen = 0; // one bit per member RFC 9457 defines
        if (json.first('}')) {
            do {
                int member = json.name();
                if (member >= 0) {
                    seen = once(seen, member);
                }
                switch (member) {
                    case Members.STATUS:
                        status = status(json);
                        break;
                    case Members.TYPE:
                        type = string(json, Members.TYPE);
                        break;
                    case Members.TITLE:
                        title = string(json, Members.TITLE);
                        break;
                    case Members.DETAIL:
                        detail = string(json, Members.DETAIL);
                        break;
                    case Members.INSTANCE:
                        instance = string(json, Members.INSTANCE);
                        break;
                    default:
                        String name = json.lastName();
                        if (!Members.isValidName(name)) {
                            throw new ProblemFormatException("not a problem document this library can read: member name '"
                                    + Text.abbreviate(name, 60) + "' is not a valid extension member name");
                        }
                        if (extensions.containsKey(name)) {
                            throw twice(name);
                        }
                        extensions.put(name, value(json, name, 0));
                }
            } while (json.more('}'));
        }
        return ProblemDetail.read(status, responseStatus, type, title, detail, instance, extensions);
    }

    /**
     * {@code seen} with {@code member}'s bit set; a member that appears twice is refused rather than
     * read as its first or last value (RFC 8259, Section 4: what a reader then does is unpredictable).
     */
    private static int once(int seen, int member) {
        int bit = 1 << member;
        if ((seen & bit) != 0) {
            throw twice(Members.definedName(member));
        }
        return seen | bit;
    }

    private static ProblemFormatException twice(String name) {
        return new ProblemFormatException("not a problem document: member '" + name + "' appears more than once");
    }

    private static int status(JsonInput json) {
        int first = json.peek();
        if (first == '-' || (first >= '0' && first <= '9')) {
            Object code = json.scalar();
            if (code instanceof Integer && (Integer) code >= 100 && (Integer) code <= 599) {
                return (Integer) code;
            }
            throw badStatus(code.toString());
        }
        throw badStatus(valueToJson(json.tree()));
    }

    private static ProblemFormatException badStatus(String shown) {
        return new ProblemFormatException("not a problem document: member 'status' must be a whole number from 100"
                + " to 599, but was " + Text.abbreviate(shown, 60));
    }

    private static String string(JsonInput json, int member) {
        if (json.peek() != '"') {
            throw new ProblemFormatException("not a problem document: member '" + Members.definedName(member)
                    + "' must be a string, but was " + Text.abbreviate(valueToJson(json.tree()), 60));
        }
        return json.string();
    }

    /** The canonical form ({@link Members#canonical}) of the next value. */
    private static Object value(JsonInput json, String member, int depth) {
        int first = json.peek();
        if (first != '[' && first != '{') {
            return json.scalar();
        }
        if (depth >= Members.MAX_DEPTH) {
            throw new ProblemFormatException("not a problem document this library can read: member '" + member
                    + "' nests deeper than " + Members.MAX_DEPTH + " levels");
        }
        json.open();
        if (first == '[') {
            List<Object> list = new ArrayList<>();
            if (json.first(']')) {
                do {
                    list.add(value(json, member, depth + 1));
                } while (json.more(']'));
            }
            return Collections.unmodifiableList(list);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        if (json.first('}')) {
            do {
                String name = json.string();
                if (!Members.isValidName(name)) {
                    throw new ProblemFormatException("not a problem document this library can read: member '" + member
                            + "' holds the key '" + Text.abbreviate(name, 60) + "', which is not a valid name");
                }
                if (map.containsKey(name)) {
                    throw new ProblemFormatException("not a problem document: member '" + member + "' holds the key '"
                            + Text.abbreviate(name, 60) + "' more than once");
                }
                json.expect(':');
                map.put(name, value(json, member, depth + 1));
            } while (json.more('}'));
        }
        return Collections.unmodifiableMap(map);
    }

    private static String kind(int first) {
        switch (first) {
            case '[':
                return "array";
            case '"':
                return "string";
            case 't':
                return "true";
            case 'f':
                return "false";
            case 'n':
                return "null";
            default:
                return first == '-' || (first >= '0' && first <= '9') ? "number" : "'" + (char) first + "'";
        }
    }
}
