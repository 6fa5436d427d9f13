package dev.statusproblems.model;

import dev.statusproblems.model.internal.JsonOutput;
import dev.statusproblems.model.internal.Members;
import dev.statusproblems.model.internal.Text;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code application/problem+json} codec (RFC 9457, Section 3).
 *
 * <p>Written by a small dedicated UTF-8 encoder (measured several times faster than a JSON-P
 * generator, and allocating only the bytes it writes), read with Jakarta JSON Processing, whose
 * reader factory is created once: no provider is looked up per call. Neither depends on the
 * application's own JSON-B or Jackson configuration. Strings are written as they are, except that an
 * unpaired surrogate, which has no UTF-8 form, becomes U+FFFD.
 */
public final class ProblemJson {

    /** The media type. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    /** Lazily created, so that writing, XML and HTML work without a JSON-P implementation. */
    private static final class Readers {
        static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    }

    /** The constant parts of a document, encoded once. */
    private static final byte[] TYPE = JsonOutput.utf8("{\"type\":");
    private static final byte[] TITLE = JsonOutput.utf8(",\"title\":");
    private static final byte[] STATUS = JsonOutput.utf8(",\"status\":");
    private static final byte[] DETAIL = JsonOutput.utf8(",\"detail\":");
    private static final byte[] INSTANCE = JsonOutput.utf8(",\"instance\":");
    private static final byte[] ABOUT_BLANK = JsonOutput.quoted("about:blank");

    /** The title of every registered status in every supported language, encoded once, by title. */
    private static final Map<String, byte[]> TITLES = titles();

    private static Map<String, byte[]> titles() {
        Map<String, byte[]> titles = new HashMap<>();
        for (HttpStatus status : HttpStatus.registered()) {
            for (Locale language : Languages.supported()) {
                String title = status.title(language);
                titles.put(title, JsonOutput.quoted(title));
            }
        }
        return Map.copyOf(titles);
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
        URI type = problem.type();
        if (type == ProblemDetail.ABOUT_BLANK) {
            json.rawValue(ABOUT_BLANK);
        } else {
            json.value(type.toString());
        }
        json.rawName(TITLE);
        byte[] title = TITLES.get(problem.title());
        if (title != null) {
            json.rawValue(title);
        } else {
            json.value(problem.title());
        }
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
        JsonObject object;
        try (JsonReader reader = Readers.READERS.createReader(Text.limited(Objects.requireNonNull(in, "in")),
                StandardCharsets.UTF_8)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ProblemFormatException("not a problem document: expected a JSON object, found "
                        + value.getValueType().toString().toLowerCase(java.util.Locale.ROOT));
            }
            object = value.asJsonObject();
        } catch (JsonException e) {
            Throwable cause = e.getCause() instanceof Text.DocumentTooLargeException ? e.getCause() : e;
            throw new ProblemFormatException("not a problem document: " + cause.getMessage(), e);
        }
        return fromObject(object, responseStatus);
    }

    /**
     * Parses a problem document.
     *
     * @throws ProblemFormatException saying why, if it is not a problem document this library can read
     */
    public static ProblemDetail parse(String json) {
        return read(new ByteArrayInputStream(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8)));
    }

    private static ProblemDetail fromObject(JsonObject object, int responseStatus) {
        ProblemDetail.Builder builder = ProblemDetail.builder(status(object, responseStatus));
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String name = member.getKey();
            JsonValue value = member.getValue();
            switch (name) {
                case "status":
                    break;
                case "type":
                    builder.type(uri(name, string(name, value)));
                    break;
                case "title":
                    builder.title(string(name, value));
                    break;
                case "detail":
                    builder.detail(string(name, value));
                    break;
                case "instance":
                    builder.instance(uri(name, string(name, value)));
                    break;
                default:
                    if (!Members.isValidName(name)) {
                        throw new ProblemFormatException("not a problem document this library can read: member name '"
                                + Text.abbreviate(name, 60) + "' is not a valid extension member name");
                    }
                    builder.with(name, value(name, value, 0));
            }
        }
        return builder.build();
    }

    private static int status(JsonObject object, int responseStatus) {
        JsonValue status = object.get("status");
        if (status == null) {
            if (responseStatus == 0) {
                throw new ProblemFormatException("not a problem document: it has no 'status' member");
            }
            return responseStatus;
        }
        if (status.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) status).isIntegral()) {
            BigInteger code = ((JsonNumber) status).bigIntegerValue();
            if (code.compareTo(BigInteger.valueOf(100)) >= 0 && code.compareTo(BigInteger.valueOf(599)) <= 0) {
                return code.intValue();
            }
        }
        throw new ProblemFormatException("not a problem document: member 'status' must be a whole number from 100"
                + " to 599, but was " + Text.abbreviate(status.toString(), 60));
    }

    private static String string(String name, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new ProblemFormatException("not a problem document: member '" + name + "' must be a string, but was "
                    + Text.abbreviate(value.toString(), 60));
        }
        return ((JsonString) value).getString();
    }

    private static URI uri(String name, String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new ProblemFormatException("not a problem document: member '" + name
                    + "' must be a URI reference, but was '" + Text.abbreviate(value, 60) + "'");
        }
    }

    private static Object value(String member, JsonValue value, int depth) {
        switch (value.getValueType()) {
            case NULL:
                return null;
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER:
                JsonNumber number = (JsonNumber) value;
                return number.isIntegral() ? Members.integer(number.bigIntegerValue()) : number.bigDecimalValue();
            default:
                break;
        }
        if (depth >= Members.MAX_DEPTH) {
            throw new ProblemFormatException("not a problem document this library can read: member '" + member
                    + "' nests deeper than " + Members.MAX_DEPTH + " levels");
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = (JsonArray) value;
            List<Object> list = new ArrayList<>(array.size());
            for (JsonValue item : array) {
                list.add(value(member, item, depth + 1));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : ((JsonObject) value).entrySet()) {
            if (!Members.isValidName(entry.getKey())) {
                throw new ProblemFormatException("not a problem document this library can read: member '" + member
                        + "' holds the key '" + Text.abbreviate(entry.getKey(), 60) + "', which is not a valid name");
            }
            map.put(entry.getKey(), value(member, entry.getValue(), depth + 1));
        }
        return map;
    }
}
