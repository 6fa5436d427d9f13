package dev.statusproblems.model;

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
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code application/problem+json} codec (RFC 9457, Section 3), on Jakarta JSON Processing.
 *
 * <p>The JSON-P factories are created once; no provider is looked up per call. Strings are written
 * as they are, except that an unpaired surrogate, which has no UTF-8 form, becomes U+FFFD.
 */
public final class ProblemJson {

    /** The media type. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    /** Lazily created, so that the XML and HTML codecs work without a JSON-P implementation. */
    private static final class Factories {
        static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
        static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    }

    /** Writes {@code problem} to {@code out} as UTF-8 and flushes; {@code out} is left open. */
    public static void write(ProblemDetail problem, OutputStream out) {
        Objects.requireNonNull(problem, "problem");
        try (JsonGenerator generator = Factories.GENERATORS.createGenerator(
                Text.unclosable(Objects.requireNonNull(out, "out")), StandardCharsets.UTF_8)) {
            write(problem, generator);
        }
    }

    /** {@code problem} as a JSON text. */
    public static String toJson(ProblemDetail problem) {
        Objects.requireNonNull(problem, "problem");
        StringWriter text = new StringWriter(256);
        try (JsonGenerator generator = Factories.GENERATORS.createGenerator(text)) {
            write(problem, generator);
        }
        return text.toString();
    }

    /** Writes one extension value as JSON text; for renderers that show values (HTML). */
    static String valueToJson(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = Factories.GENERATORS.createGenerator(text)) {
            generator.writeStartArray();
            writeValue(generator, value);
            generator.writeEnd();
        }
        String array = text.toString();
        return array.substring(1, array.length() - 1);
    }

    private static void write(ProblemDetail problem, JsonGenerator g) {
        g.writeStartObject();
        g.write("type", Text.wellFormed(problem.type().toString()));
        g.write("title", Text.wellFormed(problem.title()));
        g.write("status", problem.status());
        problem.detail().ifPresent(detail -> g.write("detail", Text.wellFormed(detail)));
        problem.instance().ifPresent(instance -> g.write("instance", Text.wellFormed(instance.toString())));
        for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
            g.writeKey(member.getKey());
            writeValue(g, member.getValue());
        }
        g.writeEnd();
    }

    private static void writeValue(JsonGenerator g, Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String) {
            g.write(Text.wellFormed((String) value));
        } else if (value instanceof Boolean) {
            g.write((Boolean) value);
        } else if (value instanceof Integer) {
            g.write((Integer) value);
        } else if (value instanceof Long) {
            g.write((Long) value);
        } else if (value instanceof BigInteger) {
            g.write((BigInteger) value);
        } else if (value instanceof BigDecimal) {
            g.write((BigDecimal) value);
        } else if (value instanceof List) {
            g.writeStartArray();
            for (Object item : (List<?>) value) {
                writeValue(g, item);
            }
            g.writeEnd();
        } else {
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                g.writeKey((String) entry.getKey());
                writeValue(g, entry.getValue());
            }
            g.writeEnd();
        }
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
        try (JsonReader reader = Factories.READERS.createReader(Text.limited(Objects.requireNonNull(in, "in")),
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
