package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.internal.Text;
import jakarta.json.JsonException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link ProblemJson#read} against the JSON-P reader it replaced ({@link JsonpProblemReader}), on
 * generated documents, valid and broken: both read the same problem, or both refuse; where the old
 * reader refused a well-formed document (a rule of RFC 9457 or of this library, not of JSON), with
 * the same message (but for an unpaired surrogate in a value it shows, written as U+FFFD).
 */
class JsonReadDifferentialTest {

    private static final String[] NUMBERS = {"0", "-0", "7", "404", "600", "99", "-404", "404.0", "4.03e2", "1e2",
        "1E-3", "0.5", "-1.25", "1.0e1", "2147483647", "2147483648", "-2147483649", "123456789012345678",
        "1234567890123456789", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "123456789012345678901234567890", "1e400", "0e0", "00", "01", "1.", ".5", "-", "+1", "1e", "1e+", "0x10",
        "1.5E+2", "-0.0"};
    private static final String[] STRINGS = {"", "x", "Not Found", "https://example.com/probs/out-of-credit",
        "/account/12345/msgs/abc", "about:blank", "a b", "urn:uuid:0b6f", "caf\u00e9", "\ud55c\uad6d\uc5b4",
        "\ud83d\ude00", "tab\\there", "quote\\\"d", "back\\\\slash", "\\u00e9t\\u00E9", "\\ud83d\\ude00",
        "\\ud800 alone", "\\/slash", "bad \\x escape", "short \\u12", "ctl \u0001 raw", "line\\nbreak",
        "%zz", "http://[::1]:8080/p?q=1#f", "\\u0000"};
    private static final String[] NAMES = {"balance", "accounts", "_x", "a.b-c", "x1", "1a", "@context", "",
        "caf\u00e9", "status", "type", "title", "detail", "instance", "b\\u0061lance", "stat\\u0075s", "X"};
    private static final byte[] NOISE = " ,:{}[]\"\\0-.eE+x\u0001tn".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void readsWhatTheJsonpReaderReadAndRefusesWhatItRefused() {
        Random random = new Random(9457);
        for (int i = 0; i < 10_000; i++) {
            byte[] document = broken(random, document(random));
            sameOutcome(document, random.nextInt(4) == 0 ? 503 : 0);
        }
    }

    @Test
    void handWrittenEdgesHaveTheSameOutcome() {
        String[] documents = {"", "   ", "{}", "{\"status\":400}", "\ufeff{\"status\":400}", "{\"status\":400,}",
            "{\"status\":400} ", "{\"status\":400}x", "{\"status\":400}{}", "[]", "null", "\"s\"", "7", "{",
            "{\"status\"", "{\"status\":", "{\"status\":4", "{\"status\":400", "{\"status\":400,\"x\":[1,]}",
            "{\"status\":400,\"x\":[1 2]}", "{\"status\":400,\"x\":{\"a\"}}", "{\"status\":400 /* c */}",
            "{'status':400}", "{\"status\":400,\"x\":tru}", "{\"status\":400,\"x\":nulls}",
            "{\"status\":{\"a\":1,\"a\":[2]}}", "{\"status\":[1,{\"b\":\"\\u00e9\"}]}", "{\"status\":true}",
            "{\"status\":null}", "{\"title\":null,\"status\":400}", "{\"status\":400,\"x\":\"\\ud83d\"}"};
        for (String document : documents) {
            sameOutcome(document.getBytes(StandardCharsets.UTF_8), 0);
        }
        sameOutcome(new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}'}, 400);
        sameOutcome(new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xFF, (byte) 0xC3, 'a', '"', '}'}, 400);
        sameOutcome(new byte[] {(byte) 0xFE, (byte) 0xFF, '{', '}'}, 400);
        sameOutcome(new byte[] {'{', (byte) 0xC3, (byte) 0xA9, '}'}, 400);
    }

    private static void sameOutcome(byte[] document, int responseStatus) {
        String shown = new String(document, StandardCharsets.UTF_8) + " (" + responseStatus + ")";
        Object expected = outcome(() -> JsonpProblemReader.read(new ByteArrayInputStream(document), responseStatus));
        Object actual = outcome(() -> ProblemJson.read(new ByteArrayInputStream(document), responseStatus));
        if (expected instanceof ProblemDetail) {
            assertThat(actual).as(shown).isEqualTo(expected);
            assertThat(((ProblemDetail) actual).extensions().toString()).as(shown)
                    .isEqualTo(((ProblemDetail) expected).extensions().toString());
            return;
        }
        assertThat(actual).as(shown).isInstanceOf(ProblemFormatException.class);
        ProblemFormatException refusal = (ProblemFormatException) expected;
        boolean malformed = refusal.getCause() instanceof JsonException
                || refusal.getCause() instanceof NoSuchElementException;
        if (!malformed) {
            // a value shown in a message is written as ProblemJson writes: an unpaired surrogate as U+FFFD
            assertThat(Text.wellFormed(((ProblemFormatException) actual).getMessage())).as(shown)
                    .isEqualTo(Text.wellFormed(refusal.getMessage()));
        }
    }

    private static Object outcome(Supplier<ProblemDetail> read) {
        try {
            return read.get();
        } catch (ProblemFormatException e) {
            return e;
        } catch (NumberFormatException e) { // the JSON-P reader's own failing on an exponent past 32 bits
            return new ProblemFormatException("not a problem document: " + e.getMessage(), new JsonException("", e));
        }
    }

    private static String document(Random random) {
        List<String> members = new ArrayList<>();
        if (random.nextInt(5) > 0) {
            members.add("\"status\":" + (random.nextInt(3) > 0 ? String.valueOf(100 + random.nextInt(500))
                    : value(random, 0)));
        }
        for (String name : new String[] {"type", "title", "detail", "instance"}) {
            if (random.nextBoolean()) {
                members.add("\"" + name + "\":" + (random.nextInt(8) > 0 ? string(random) : value(random, 0)));
            }
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            members.add("\"" + pick(random, NAMES) + "\":" + value(random, 0));
        }
        if (random.nextInt(10) == 0 && !members.isEmpty()) {
            members.add(members.get(random.nextInt(members.size())));
        }
        java.util.Collections.shuffle(members, random);
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < members.size(); i++) {
            json.append(i > 0 ? "," : "").append(space(random)).append(members.get(i)).append(space(random));
        }
        return json.append('}').toString();
    }

    private static String value(Random random, int depth) {
        int kind = random.nextInt(depth > 36 ? 5 : 9);
        switch (kind) {
            case 0: return pick(random, NUMBERS);
            case 1: return string(random);
            case 2: return "true";
            case 3: return "false";
            case 4: return "null";
            case 5:
            case 6: {
                StringBuilder list = new StringBuilder("[");
                for (int i = random.nextInt(depth > 3 ? 2 : 4); i > 0; i--) {
                    list.append(list.length() > 1 ? "," : "").append(space(random)).append(value(random, depth + 1));
                }
                return list.append(']').toString();
            }
            default: {
                StringBuilder object = new StringBuilder("{");
                for (int i = random.nextInt(depth > 3 ? 2 : 4); i > 0; i--) {
                    object.append(object.length() > 1 ? "," : "").append('"').append(pick(random, NAMES))
                            .append("\":").append(space(random)).append(value(random, depth + 1));
                }
                return object.append('}').toString();
            }
        }
    }

    private static String string(Random random) {
        return "\"" + pick(random, STRINGS) + "\"";
    }

    private static String space(Random random) {
        return random.nextInt(4) == 0 ? pick(random, new String[] {" ", "\n", "\t ", "\r\n  "}) : "";
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** {@code json} as UTF-8, and half the time broken: cut, a byte lost, changed or added, a BOM. */
    private static byte[] broken(Random random, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (random.nextBoolean()) {
            return bytes;
        }
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(6)) {
            case 0:
                out.write(bytes, 0, at);
                break;
            case 1:
                out.write(bytes, 0, at);
                if (at < bytes.length) {
                    out.write(bytes, at + 1, bytes.length - at - 1);
                }
                break;
            case 2:
            case 3:
                out.write(bytes, 0, at);
                out.write(random.nextInt(3) == 0 ? random.nextInt(256) : NOISE[random.nextInt(NOISE.length)]);
                out.write(bytes, at, bytes.length - at);
                break;
            case 4:
                out.write(bytes, 0, bytes.length);
                if (at < bytes.length) {
                    byte[] copy = out.toByteArray();
                    copy[at] = NOISE[random.nextInt(NOISE.length)];
                    return copy;
                }
                break;
            default:
                out.write(0xEF);
                out.write(0xBB);
                out.write(0xBF);
                out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }
}
