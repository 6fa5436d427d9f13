package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.internal.Text;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.xml.sax.InputSource;

/** JSON and XML give back exactly the problem they were given, whatever its strings and values. */
class RoundTripProperties {

    /** The same cases in every build; other seeds (leave {@code seed} out) look further as the codecs change. */
    private static final String SEED = "20261202";

    @Property(tries = 300, seed = SEED)
    void jsonRoundTripsAnyProblem(@ForAll("problems") ProblemDetail problem) {
        assertThat(ProblemJson.parse(ProblemJson.toJson(problem))).isEqualTo(problem);
    }

    @Property(tries = 300, seed = SEED)
    void xmlRoundTripsAnyProblem(@ForAll("problems") ProblemDetail problem) {
        assertThat(ProblemXml.parse(ProblemXml.toXml(problem))).isEqualTo(problem);
    }

    @Property(tries = 300, seed = SEED)
    void anyStringIsWrittenAsWellFormedJsonAndComesBackAsItsUtf8Form(@ForAll("anyChars") String s) {
        ProblemDetail problem = ProblemDetail.builder(400).detail(s).with("value", s).build();

        ProblemDetail back = ProblemJson.parse(ProblemJson.toJson(problem));

        assertThat(back.detail()).contains(Text.wellFormed(s));
        assertThat(back.extensions()).containsEntry("value", Text.wellFormed(s));
    }

    @Property(tries = 300, seed = SEED)
    void anyStringIsWrittenAsWellFormedXmlAndComesBackAsWhatXmlCanHold(@ForAll("anyChars") String s) throws Exception {
        ProblemDetail problem = ProblemDetail.builder(400).detail(s).with("value", s).build();
        String xml = ProblemXml.toXml(problem);

        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        ProblemDetail back = ProblemXml.parse(xml);

        assertThat(back.detail()).contains(Text.xmlSafe(s));
        assertThat(back.extensions()).containsEntry("value", Text.xmlSafe(s));
    }

    @Provide
    Arbitrary<String> anyChars() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Provide
    Arbitrary<ProblemDetail> problems() {
        Arbitrary<Integer> status = Arbitraries.integers().between(100, 599);
        Arbitrary<String> text = xmlText().ofMaxLength(30);
        Arbitrary<Map<String, Object>> extensions = Arbitraries.maps(names(), values(3)).ofMaxSize(4);
        return Combinators.combine(status, text, text.injectNull(0.3), extensions, Arbitraries.of(true, false))
                .as((code, title, detail, members, typed) -> {
                    ProblemDetail.Builder builder = ProblemDetail.builder(code).title(title).detail(detail);
                    if (typed) {
                        builder.type("https://example.com/probs/" + code).instance("/orders/" + code);
                    }
                    members.forEach(builder::with);
                    return builder.build();
                });
    }

    private static net.jqwik.api.arbitraries.StringArbitrary xmlText() {
        return Arbitraries.strings().withCharRange('\u0020', '\uD7FF').withChars('\t', '\n', '\r')
                .withCharRange('\uE000', '\uFFFD');
    }

    private static Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars('_', '-', '.')
                .numeric().ofMinLength(1).ofMaxLength(8)
                .filter(n -> Character.isLetter(n.charAt(0)) && !ProblemDetail.RESERVED_MEMBERS.contains(n));
    }

    private static Arbitrary<Object> values(int depth) {
        List<Arbitrary<? extends Object>> scalars = List.of(
                xmlText().ofMaxLength(20),
                Arbitraries.integers(),
                Arbitraries.longs(),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)),
                Arbitraries.bigDecimals().ofScale(3).map(BigDecimal::stripTrailingZeros),
                Arbitraries.of(true, false),
                Arbitraries.just(null));
        Arbitrary<Object> scalar = Arbitraries.oneOf(scalars);
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> list = values(depth - 1).list().ofMaxSize(3).map(v -> (Object) v);
        Arbitrary<Object> map = Arbitraries.maps(names(), values(depth - 1)).ofMaxSize(3)
                .map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, scalar), net.jqwik.api.Tuple.of(1, list), net.jqwik.api.Tuple.of(1, map));
    }
}
