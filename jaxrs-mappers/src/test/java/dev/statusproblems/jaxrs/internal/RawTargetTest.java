package dev.statusproblems.jaxrs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.statusproblems.testsupport.Generated;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RawTarget#plain} is a shortcut past the runtime's own URI parser: it must never call plain a
 * target that parser refuses, nor a path with something to decode. Checked against
 * {@code java.net.URI} (what RESTEasy parses the request URI with) for every character below 256 in
 * each part, and for generated targets.
 */
class RawTargetTest {

    /** The request URI RESTEasy builds from a servlet request, as its {@code ServletUtil} does. */
    private static String absolute(String host, String path, String query) {
        return "http://" + host + ":8080" + path + (query != null && !query.isEmpty() ? "?" + query : "");
    }

    private static void assertParsesWhenPlain(String host, String path, String query) {
        if (RawTarget.plain(host, path, query)) {
            assertThatCode(() -> URI.create(absolute(host, path, query))).as(absolute(host, path, query))
                    .doesNotThrowAnyException();
            assertThat(path).doesNotContain("%");
        }
    }

    static Stream<Character> everyCharacterBelow256() {
        return IntStream.range(0, 256).mapToObj(c -> (char) c);
    }

    @ParameterizedTest
    @MethodSource("everyCharacterBelow256")
    void aCharacterIsPlainOnlyWhereTheUriParserTakesIt(char c) {
        assertParsesWhenPlain("local" + c + "host", "/api/hello", null);
        assertParsesWhenPlain("localhost", "/api/x" + c + "y", null);
        assertParsesWhenPlain("localhost", "/api/" + c, "q=1");
        assertParsesWhenPlain("localhost", "/api/hello", "q=" + c);
        assertParsesWhenPlain("localhost", "/api/hello", c + "=1&b");
    }

    @Test
    void generatedTargetsArePlainOnlyWhereTheUriParserTakesThem() {
        String alphabet = "aZ09-._~!$&'()*+,;=:@/?%#[]{}|\\^`\"<> \t\u007f\u0085\u00a0\u00e9fF";
        Generated generated = new Generated();
        int plain = 0;
        for (int i = 0; i < 20_000; i++) {
            String host = generated.oneIn(4) ? generated.text(alphabet, 6) : "localhost";
            String path = "/" + generated.text(alphabet, 12);
            String query = generated.oneIn(2) ? null : generated.text(alphabet, 12);
            assertParsesWhenPlain(host, path, query);
            plain += RawTarget.plain(host, path, query) ? 1 : 0;
        }
        assertThat(plain).as("generated targets found plain").isGreaterThan(100);
    }

    @Test
    void whatAnApplicationsRequestsUsuallyLookLikeIsPlain() {
        assertThat(RawTarget.plain("localhost", "/shop/api/orders/42", null)).isTrue();
        assertThat(RawTarget.plain("127.0.0.1", "/api/hello", "page=2&sort=name,-date&q=caf%C3%A9")).isTrue();
        assertThat(RawTarget.plain("shop.example", "/api/items;v=2/x@y:z", "")).isTrue();
    }

    @Test
    void whatTheRuntimeMustDecideIsNotPlain() {
        List<String[]> left = new ArrayList<>();
        left.add(new String[] {"localhost", "/api/caf%C3%A9", null}); // a path to decode, however well escaped
        left.add(new String[] {"localhost", "/api/hello", "q=%zz"});
        left.add(new String[] {"localhost", "/api/hello", "q=%4"});
        left.add(new String[] {"[::1]", "/api/hello", null}); // an IPv6 literal: the runtime's to parse
        left.add(new String[] {"", "/api/hello", null});
        left.add(new String[] {null, "/api/hello", null});
        left.add(new String[] {"localhost", null, null});
        assertThat(left).allSatisfy(t -> assertThat(RawTarget.plain(t[0], t[1], t[2])).as(String.join(" ",
                String.valueOf(t[0]), String.valueOf(t[1]), String.valueOf(t[2]))).isFalse());
    }
}
