package dev.statusproblems.responses.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.testsupport.Generated;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetailsTest {

    @Test
    void applicationsOwnMessageIsKeptStripped() {
        assertThat(Details.applicationMessage("  Order 42 does not exist ", "/shop/api/orders/42", 404))
                .isEqualTo("Order 42 does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "HTTP 404 Not Found", "HTTP 404", "Not Found", "not found",
        "RESTEASY003210: Could not find resource for full path: /x",
        "UT010023: Request was not handled",
        "java.lang.NumberFormatException: For input string: \"ten\"",
        "Cannot handle http://localhost:8123/shop/x",
        "No order at /shop/api/orders/42",
        "!role",
        "HTTP method GET is not supported by this URL",
        "Method PATCH is not implemented by this servlet for this URI",
    })
    void cannedOrInternalTextIsNoDetail(String message) {
        assertThat(Details.applicationMessage(message, "/shop/api/orders/42", 404)).isNull();
    }

    @Test
    void absentMessageIsNoDetail() {
        assertThat(Details.applicationMessage(null, null, 400)).isNull();
    }

    @Test
    void generatedMessagesAreJudgedAsThePatternsAloneJudgeThem() {
        List<String> pieces = List.of("RESTEASY", "resteasy", "UT", "ut", "WFLY", "Ispn", "JBREST", "HTTP ", "HTTP",
                "404", "0", "12", "java", ".", "lang", ".Foo", "_", "$", "://", ":/", "http", "x+y-z", " ", "  ",
                "Order", "é", "ß", "Ü", "!", "/shop/api/orders/42", "Not Found", "\t", "\u00a0", "a.B", "9.Z", "-");
        Generated generated = new Generated();
        int kept = 0;
        for (int i = 0; i < 50_000; i++) {
            String message = generated.joined(pieces, 1, 8);
            int status = generated.oneIn(2) ? 404 : 409;
            String expected = byPatternsAlone(message, "/shop/api/orders/42", status);
            assertThat(Details.applicationMessage(message, "/shop/api/orders/42", status))
                    .as("%s", message).isEqualTo(expected);
            kept += expected != null ? 1 : 0;
        }
        assertThat(kept).as("generated messages kept").isBetween(5_000, 45_000);
    }

    /** The rule as it stood before the characters were looked at first: the three patterns at every message. */
    private static String byPatternsAlone(String message, String requestPath, int status) {
        String text = message.strip();
        if (text.isEmpty() || text.startsWith("!") || Pattern.compile("HTTP \\d{3}( .*)?").matcher(text).matches()
                || Pattern.compile("\\b(RESTEASY|UT|WFLY|ISPN|JBREST)\\d{3,}", Pattern.CASE_INSENSITIVE).matcher(text).find()
                || Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z][A-Za-z0-9_$]*\\b|[a-zA-Z][a-zA-Z0-9+.-]*://")
                        .matcher(text).find()
                || (requestPath != null && requestPath.length() > 1 && text.contains(requestPath))
                || text.equalsIgnoreCase(HttpStatus.of(status).reasonPhrase())
                || text.contains("not supported by this URL") || text.contains("is not implemented by this servlet")) {
            return null;
        }
        return text;
    }
}
