package dev.statusproblems.model;

import dev.statusproblems.model.internal.Members;
import dev.statusproblems.model.internal.Text;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The problem+json reader as it was before {@link ProblemJson} read the bytes itself: the document
 * decoded to a String, then Jakarta JSON Processing's streaming parser (Parsson here). Kept as the
 * oracle of {@code JsonReadDifferentialTest}; it also refuses anything after the object.
 */
final class JsonpProblemReader {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final BigDecimal MIN_STATUS = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_STATUS = BigDecimal.valueOf(599);

    private JsonpProblemReader() {
    }

    /**
     * Reads a problem document received with {@code responseStatus}, which stands for a missing
     * {@code status} member (RFC 9457, Section 3.1.2: the member is advisory).
     *
     * @throws ProblemFormatException saying why, if it is not a problem document this library can read
     */
    static ProblemDetail read(InputStream in, int responseStatus) {
        String document;
        try (InputStream source = Objects.requireNonNull(in, "in")) {
            document = new String(source.readAllBytes(), StandardCharsets.UTF_8); // a malformed sequence as U+FFFD
        } catch (IOException e) {
            throw new ProblemFormatException("not a problem document: " + e.getMessage(), e);
        }
        // streamed straight into the problem's members: no generic tree of JSON values first
        try (JsonParser parser = PARSERS.createParser(new StringReader(document))) {
            Event first = parser.next();
            if (first != Event.START_OBJECT) {
                throw new ProblemFormatException("not a problem document: expected a JSON object, found "
                        + kind(first));
            }
            ProblemDetail problem = problem(parser, responseStatus);
            if (parser.hasNext()) { // the one change: what follows the object is refused, as by ProblemJson
                throw new JsonException("something follows the object");
            }
            return problem;
        } catch (JsonException e) {
            throw new ProblemFormatException("not a problem document: " + e.getMessage(), e);
        } catch (NoSuchElementException e) {
            throw new ProblemFormatException("not a problem document: it is empty", e);
        }
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
        return ProblemDetail.read(status, 0, type, title, detail, instance, extensions);
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
