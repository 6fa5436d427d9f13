package dev.statusproblems.model;

import dev.statusproblems.model.internal.JsonOutput;
import dev.statusproblems.model.internal.Members;
import dev.statusproblems.model.internal.Text;
import dev.statusproblems.model.internal.TypeUris;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;

/**
 * The {@code application/problem+json} codec (RFC 9457, Section 3).
 *
 * <p>Written by a small dedicated UTF-8 encoder into the writing thread's reused buffer, with the
 * member names and the strings that recur (types, titles) encoded once; read with Jakarta JSON
 * Processing's streaming parser straight into the problem's members (no tree of JSON values first),
 * from a parser factory created once: no provider is looked up per call. Neither depends on the
 * application's own JSON-B or Jackson configuration. A member that appears twice is refused.
 * Strings are written as they are, except that an unpaired surrogate, which has no UTF-8 form,
 * becomes U+FFFD.
 */
public final class ProblemJson {

    /** The media type. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    /** Lazily created, so that writing, XML and HTML work without a JSON-P implementation. */
    private static final class Parsers {
        static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    }

    /** The constant parts of a document, encoded once. */
    private static final byte[] TYPE = JsonOutput.utf8("{\"type\":");
    private static final byte[] TITLE = JsonOutput.utf8(",\"title\":");
    private static final byte[] STATUS = JsonOutput.utf8(",\"status\":");
    private static final byte[] DETAIL = JsonOutput.utf8(",\"detail\":");
    private static final byte[] INSTANCE = JsonOutput.utf8(",\"instance\":");

    private static final BigDecimal MIN_STATUS = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_STATUS = BigDecimal.valueOf(599);

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
        json.rawName(STATUS).value(problem.status());
        if (problem.detail().isPresent()) {
            json.rawName(DETAIL).value(problem.detail().get());
        }
        if (problem.instance().isPresent()) {
            json.rawName(INSTANCE).value(problem.instance().get().toString());
        }
        for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
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
        String document;
        try {
            document = Text.readUtf8(Objects.requireNonNull(in, "in"));
        } catch (IOException e) {
            throw new ProblemFormatException("not a problem document: " + e.getMessage(), e);
        }
        // streamed straight into the problem's members: no generic tree of JSON values first
        try (JsonParser parser = Parsers.PARSERS.createParser(new StringReader(document))) {
            Event first = parser.next();
            if (first != Event.START_OBJECT) {
                throw new ProblemFormatException("not a problem document: expected a JSON object, found "
                        + kind(first));
            }
            return problem(parser, responseStatus);
        } catch (JsonException e) {
            throw new ProblemFormatException("not a problem document: " + e.getMessage(), e);
        } catch (NoSuchElementException e) {
            throw new ProblemFormatException("not a problem document: it is empty", e);
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

    private static ProblemDetail problem(JsonParser parser, int responseStatus) {
        int status = 0;
        String type = null;
        String title = null;
        String detail = null;
        String instance = null;
        LinkedHashMap<String, Object> extensions = new LinkedHashMap<>();
        int seen = 0; // one bit per member RFC 9457 defines
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            Event value = parser.next();
            switch (name) {
                case "status":
                    seen = once(seen, 1, name);
                    status = status(parser, value);
                    break;
                case "type":
                    seen = once(seen, 2, name);
                    type = string(parser, name, value);
                    break;
                case "title":
                    seen = once(seen, 4, name);
                    title = string(parser, name, value);
                    break;
                case "detail":
                    seen = once(seen, 8, name);
                    detail = string(parser, name, value);
                    break;
                case "instance":
                    seen = once(seen, 16, name);
                    instance = string(parser, name, value);
                    break;
                default:
                    if (!Members.isValidName(name)) {
                        throw new ProblemFormatException("not a problem document this library can read: member name '"
                                + Text.abbreviate(name, 60) + "' is not a valid extension member name");
                    }
                    if (extensions.containsKey(name)) {
                        throw twice(name);
                    }
                    extensions.put(name, value(parser, value, name, 0));
            }
        }
        if (status == 0) {
            if (responseStatus == 0) {
                throw new ProblemFormatException("not a problem document: it has no 'status' member");
            }
            status = responseStatus;
        }
        return ProblemDetail.read(status, type != null ? uri("type", type) : null, title, detail,
                instance != null ? uri("instance", instance) : null, extensions);
    }

    /**
     * {@code seen} with {@code bit} set; a member that appears twice is refused rather than read as
     * its first or last value (RFC 8259, Section 4: what a reader then does is unpredictable).
     */
    private static int once(int seen, int bit, String name) {
        if ((seen & bit) != 0) {
            throw twice(name);
        }
        return seen | bit;
    }

    private static ProblemFormatException twice(String name) {
        return new ProblemFormatException("not a problem document: member '" + name + "' appears more than once");
    }

    private static int status(JsonParser parser, Event value) {
        if (value == Event.VALUE_NUMBER && parser.isIntegralNumber()) {
            BigDecimal code = parser.getBigDecimal();
            if (code.compareTo(MIN_STATUS) >= 0 && code.compareTo(MAX_STATUS) <= 0) {
                return code.intValueExact();
            }
        }
        throw new ProblemFormatException("not a problem document: member 'status' must be a whole number from 100"
                + " to 599, but was " + Text.abbreviate(parser.getValue().toString(), 60));
    }

    private static String string(JsonParser parser, String name, Event value) {
        if (value != Event.VALUE_STRING) {
            throw new ProblemFormatException("not a problem document: member '" + name + "' must be a string, but was "
                    + Text.abbreviate(parser.getValue().toString(), 60));
        }
        return parser.getString();
    }

    private static URI uri(String name, String value) {
        try {
            return name.equals("type") ? TypeUris.parse(value) : new URI(value);
        } catch (URISyntaxException e) {
            throw new ProblemFormatException("not a problem document: member '" + name
                    + "' must be a URI reference, but was '" + Text.abbreviate(value, 60) + "'");
        }
    }

    /** The canonical form ({@link Members#canonical}) of the value that begins with {@code event}. */
    private static Object value(JsonParser parser, Event event, String member, int depth) {
        switch (event) {
            case VALUE_NULL:
                return null;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_STRING:
                return parser.getString();
            case VALUE_NUMBER:
                BigDecimal number = parser.getBigDecimal();
                return parser.isIntegralNumber() ? Members.integer(number.unscaledValue()) : number;
            default:
                break;
        }
        if (depth >= Members.MAX_DEPTH) {
            throw new ProblemFormatException("not a problem document this library can read: member '" + member
                    + "' nests deeper than " + Members.MAX_DEPTH + " levels");
        }
        if (event == Event.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            for (Event item = parser.next(); item != Event.END_ARRAY; item = parser.next()) {
                list.add(value(parser, item, member, depth + 1));
            }
            return Collections.unmodifiableList(list);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Event key = parser.next(); key != Event.END_OBJECT; key = parser.next()) {
            String name = parser.getString();
            if (!Members.isValidName(name)) {
                throw new ProblemFormatException("not a problem document this library can read: member '" + member
                        + "' holds the key '" + Text.abbreviate(name, 60) + "', which is not a valid name");
            }
            if (map.containsKey(name)) {
                throw new ProblemFormatException("not a problem document: member '" + member + "' holds the key '"
                        + Text.abbreviate(name, 60) + "' more than once");
            }
            map.put(name, value(parser, parser.next(), member, depth + 1));
        }
        return Collections.unmodifiableMap(map);
    }

    private static String kind(Event event) {
        switch (event) {
            case START_ARRAY:
                return "array";
            case VALUE_STRING:
                return "string";
            case VALUE_NUMBER:
                return "number";
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            default:
                return "null";
        }
    }
}
