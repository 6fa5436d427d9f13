package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemJsonTest {

    @Test
    void writesTheMembersInRfcOrderThenTheExtensions() {
        ProblemDetail problem = ProblemDetail.builder(404).detail("Order 42 does not exist")
                .instance("/shop/api/orders/42").with("orderId", 42).build();

        assertThat(ProblemJson.toJson(problem)).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\","
                + "\"status\":404,\"detail\":\"Order 42 does not exist\",\"instance\":\"/shop/api/orders/42\","
                + "\"orderId\":42}");
    }

    @Test
    void writeToAStreamLeavesItOpenAndWritesUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the codec must not close the stream");
            }
        };
        ProblemJson.write(ProblemDetail.builder(404).detail("없음").build(), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"detail\":\"없음\"");
    }

    @Test
    void hostileStringsStayInsideTheirString() {
        String hostile = "\"},\"status\":200,\"x\":\"</script><script>alert(1)</script>\u0000\u001f\\";
        ProblemDetail problem = ProblemDetail.builder(400).detail(hostile).build();

        JsonObject parsed = Json.createReader(new StringReader(ProblemJson.toJson(problem))).readObject();

        assertThat(parsed.getInt("status")).isEqualTo(400);
        assertThat(parsed.getString("detail")).isEqualTo(hostile);
        assertThat(parsed.keySet()).containsExactly("type", "title", "status", "detail");
    }

    @Test
    void unpairedSurrogateIsWrittenAsTheReplacementCharacter() {
        ProblemDetail problem = ProblemDetail.builder(400).detail("a\uD800b\uDC00c\uD83D\uDE00").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemJson.write(problem, out);

        assertThat(ProblemJson.read(new ByteArrayInputStream(out.toByteArray())).detail())
                .contains("a\uFFFDb\uFFFDc\uD83D\uDE00");
    }

    @Test
    void hundredKilobyteDetailRoundTrips() {
        String detail = "x".repeat(100 * 1024);
        ProblemDetail problem = ProblemDetail.builder(400).detail(detail).build();

        assertThat(ProblemJson.parse(ProblemJson.toJson(problem))).isEqualTo(problem);
    }

    @Test
    void readsTheRfcExample() {
        ProblemDetail problem = ProblemJson.parse("{\"type\":\"https://example.com/probs/out-of-credit\","
                + "\"title\":\"You do not have enough credit.\",\"detail\":\"Your current balance is 30, but that"
                + " costs 50.\",\"instance\":\"/account/12345/msgs/abc\",\"balance\":30,"
                + "\"accounts\":[\"/account/12345\",\"/account/67890\"],\"status\":403}");

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.type()).hasToString("https://example.com/probs/out-of-credit");
        assertThat(problem.extensions()).containsEntry("balance", 30)
                .containsEntry("accounts", List.of("/account/12345", "/account/67890"));
    }

    @Test
    void numbersComeBackInTheirCanonicalForm() {
        ProblemDetail problem = ProblemJson.parse("{\"status\":400,\"i\":1,\"l\":5000000000,"
                + "\"d\":1.50,\"e\":1E+3,\"o\":{\"b\":true,\"n\":null}}");

        assertThat(problem.extensions()).containsEntry("i", 1).containsEntry("l", 5_000_000_000L)
                .containsEntry("d", new BigDecimal("1.50")).containsEntry("e", new BigDecimal("1E+3"));
        @SuppressWarnings("unchecked")
        Map<String, Object> o = (Map<String, Object>) problem.extensions().get("o");
        assertThat(o).containsEntry("b", true).containsEntry("n", null);
    }

    @Test
    void missingStatusIsTakenFromTheResponseWhenGiven() {
        ProblemDetail problem = ProblemJson.read(stream("{\"title\":\"Gone\"}"), 410);

        assertThat(problem.status()).isEqualTo(410);
        assertThat(problem.title()).isEqualTo("Gone");
    }

    @Test
    void missingTitleDefaultsToTheReasonPhrase() {
        assertThat(ProblemJson.parse("{\"status\":409}").title()).isEqualTo("Conflict");
    }

    @Test
    void missingStatusWithoutAResponseStatusIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"title\":\"x\"}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: it has no 'status' member");
    }

    @Test
    void malformedJsonIsRefusedClearly() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":400,"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessageStartingWith("not a problem document: ");
    }

    @Test
    void documentThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("[1,2]"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: expected a JSON object, found array");
    }

    @Test
    void statusOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":600}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: member 'status' must be a whole number from 100 to 599,"
                        + " but was 600");
    }

    @Test
    void statusThatIsAStringIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":\"404\"}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: member 'status' must be a whole number from 100 to 599,"
                        + " but was \"404\"");
    }

    @Test
    void titleThatIsNotAStringIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":404,\"title\":7}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: member 'title' must be a string, but was 7");
    }

    @Test
    void typeThatIsNotAUriReferenceIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":404,\"type\":\"a b\"}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: member 'type' must be a URI reference, but was 'a b'");
    }

    @Test
    void memberNameThatCannotBeAnExtensionIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":404,\"@context\":1}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document this library can read: member name '@context' is not a valid"
                        + " extension member name");
    }

    @Test
    void deeplyNestedDocumentIsRefused() {
        String deep = "{\"status\":400,\"x\":" + "[".repeat(200) + "]".repeat(200) + "}";

        assertThatThrownBy(() -> ProblemJson.parse(deep))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessageContaining("nests deeper than 32 levels");
    }

    @Test
    void documentLargerThanFourMebibytesIsRefused() {
        String huge = "{\"status\":400,\"detail\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";

        assertThatThrownBy(() -> ProblemJson.parse(huge))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: problem document is larger than 4194304 bytes");
    }

    @Test
    void memberThatAppearsTwiceIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":400,\"balance\":1,\"balance\":2}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: member 'balance' appears more than once");
    }

    @Test
    void statusThatAppearsTwiceIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":400,\"status\":404}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: member 'status' appears more than once");
    }

    @Test
    void keyThatAppearsTwiceInsideAnExtensionIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":400,\"x\":{\"a\":1,\"a\":2}}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: member 'x' holds the key 'a' more than once");
    }

    @Test
    void keyThatCannotBeANameInsideAnExtensionIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":400,\"x\":[{\"1a\":1}]}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document this library can read: member 'x' holds the key '1a',"
                        + " which is not a valid name");
    }

    @Test
    void deeplyNestedObjectsAreRefused() {
        String deep = "{\"status\":400,\"x\":" + "{\"a\":".repeat(33) + "1" + "}".repeat(33) + "}";

        assertThatThrownBy(() -> ProblemJson.parse(deep))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document this library can read: member 'x' nests deeper than 32 levels");
    }

    @Test
    void thirtyTwoLevelsOfNestingAreRead() {
        String deep = "{\"status\":400,\"x\":" + "[".repeat(32) + "]".repeat(32) + "}";

        assertThat(ProblemJson.parse(deep).extensions()).containsKey("x");
    }

    @Test
    void statusThatIsAnObjectIsRefusedShowingTheObject() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":{\"code\":[404]}}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: member 'status' must be a whole number from 100 to 599,"
                        + " but was {\"code\":[404]}");
    }

    @Test
    void statusWithAFractionIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":404.0}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: member 'status' must be a whole number from 100 to 599,"
                        + " but was 404.0");
    }

    @Test
    void documentThatIsAStringIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("\"problem\""))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: expected a JSON object, found string");
    }

    @Test
    void numberWhoseExponentExceedsAnIntIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":400,\"x\":1e4000000000}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: malformed JSON: expected a number whose exponent fits in 32 bits"
                        + " but found '1' at byte 18");
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse("{\"status\":400} {\"status\":500}"))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessage("not a problem document: malformed JSON: expected the end of the document but found '{'"
                        + " at byte 15");
    }

    @Test
    void escapedDefinedMemberNameIsTheDefinedMember() {
        assertThat(ProblemJson.parse("{\"stat\\u0075s\":404}").status()).isEqualTo(404);
    }

    @Test
    void emptyDocumentIsRefused() {
        assertThatThrownBy(() -> ProblemJson.parse(""))
                .isInstanceOf(ProblemFormatException.class)
                .hasMessageStartingWith("not a problem document: ");
    }

    @Test
    void writingFromWithinAStreamThatWritesAnotherProblemKeepsBothIntact() {
        ProblemDetail inner = ProblemDetail.builder(404).detail("inner").build();
        ByteArrayOutputStream innerOut = new ByteArrayOutputStream();
        ByteArrayOutputStream outerOut = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                ProblemJson.write(inner, innerOut);
                super.write(b, off, len);
            }
        };
        ProblemDetail outer = ProblemDetail.builder(409).detail("outer").build();

        ProblemJson.write(outer, outerOut);

        assertThat(ProblemJson.parse(outerOut.toString(StandardCharsets.UTF_8))).isEqualTo(outer);
        assertThat(ProblemJson.parse(innerOut.toString(StandardCharsets.UTF_8))).isEqualTo(inner);
    }

    @Test
    void typeAboutBlankIsReadAsTheDefaultType() {
        assertThat(ProblemJson.parse("{\"status\":404,\"type\":\"about:blank\"}").type())
                .isSameAs(ProblemDetail.ABOUT_BLANK);
    }

    @Test
    void typesThatAreEqualUrisAreEachWrittenAsSpelled() {
        String upper = ProblemJson.toJson(ProblemDetail.builder(409).type("HTTP://Example.COM/conflict").build());
        String lower = ProblemJson.toJson(ProblemDetail.builder(409).type("http://example.com/conflict").build());

        assertThat(upper).startsWith("{\"type\":\"HTTP://Example.COM/conflict\",");
        assertThat(lower).startsWith("{\"type\":\"http://example.com/conflict\",");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
