package dev.statusproblems.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemException;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.model.StatusProblems;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.zalando.problem.Problem;
import org.zalando.problem.jackson.ProblemModule;
import org.zalando.problem.Status;

/**
 * One problem (the RFC 9457 example: the five members and two extensions) written and read by our
 * codecs, and the same problem with the alternatives a user would pick instead: zalando's problem on
 * Jackson, and Spring's {@code ProblemDetail} on Jackson with Spring's own mix-in. Beside it: the
 * problem the suite sends most (a registered status's title, a detail, an instance), the floor of
 * copying a document's bytes rendered beforehand, and the cost of building a problem's exception.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = JmhRun.WARMUP_ITERATIONS, time = 1)
@Measurement(iterations = JmhRun.MEASUREMENT_ITERATIONS, time = JmhRun.MEASUREMENT_MILLIS,
        timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {JmhRun.HEAP_MIN, JmhRun.HEAP_MAX})
public class CodecBenchmark {

    /** An application exception declaring its problem type, as a user of {@code @ProblemType} writes one. */
    @ProblemType(type = "https://example.com/probs/out-of-credit", status = 403, title = "You do not have enough credit.")
    public static final class OutOfCreditException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @ProblemMember
        private final int balance;

        OutOfCreditException(int balance, int cost) {
            super("Your current balance is " + balance + ", but that costs " + cost + ".");
            this.balance = balance;
        }
    }

    private static final String TYPE = "https://example.com/probs/out-of-credit";
    private static final String TITLE = "You do not have enough credit.";
    private static final String DETAIL = "Your current balance is 30, but that costs 50.";
    private static final String INSTANCE = "/account/12345/msgs/abc";
    private static final List<String> ACCOUNTS = List.of("/account/12345", "/account/67890");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    private final StatusProblems problems = StatusProblems.create();

    private ProblemDetail ours;
    private ProblemDetail typical;
    private byte[] typicalJson;
    private byte[] ourJson;
    private String ourJsonText;
    private byte[] ourXml;

    private final JsonParserFactory jsonp = Json.createParserFactory(java.util.Map.of());
    private final XMLInputFactory stax = XMLInputFactory.newDefaultFactory(); // the JDK's own, as the old reader used

    private ObjectMapper zalandoMapper;
    private Problem zalando;
    private byte[] zalandoJson;

    private ObjectMapper springMapper;
    private org.springframework.http.ProblemDetail spring;
    private org.springframework.http.ProblemDetail springTypical;
    private byte[] springJson;

    @Setup
    public void setUp() throws IOException {
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        stax.setProperty(XMLInputFactory.IS_COALESCING, true);
        ours = ProblemDetail.builder(403).type(TYPE).title(TITLE).detail(DETAIL).instance(INSTANCE)
                .with("balance", 30).with("accounts", ACCOUNTS).build();
        ourJsonText = ProblemJson.toJson(ours);
        ourJson = ourJsonText.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        typical = problems.notFound().detail("Order 42 does not exist").instance("/shop/api/orders/42").build();
        typicalJson = ProblemJson.toJson(typical).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ourXml = ProblemXml.toXml(ours).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        zalandoMapper = new ObjectMapper().registerModule(new ProblemModule());
        zalando = Problem.builder().withType(URI.create(TYPE)).withTitle(TITLE).withStatus(Status.FORBIDDEN)
                .withDetail(DETAIL).withInstance(URI.create(INSTANCE)).with("balance", 30).with("accounts", ACCOUNTS)
                .build();
        zalandoJson = zalandoMapper.writeValueAsBytes(zalando);

        springMapper = new ObjectMapper()
                .addMixIn(org.springframework.http.ProblemDetail.class, ProblemDetailJacksonMixin.class);
        spring = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, DETAIL);
        spring.setType(URI.create(TYPE));
        spring.setTitle(TITLE);
        spring.setInstance(URI.create(INSTANCE));
        spring.setProperty("balance", 30);
        spring.setProperty("accounts", ACCOUNTS);
        springJson = springMapper.writeValueAsBytes(spring);
        springTypical = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Order 42 does not exist");
        springTypical.setInstance(URI.create("/shop/api/orders/42"));
        sameDocument(ourJson, springJson);
        sameDocument(ourJson, zalandoJson);
        sameDocument(typicalJson, springMapper.writeValueAsBytes(springTypical));
    }

    /** The comparison is fair only if every writer writes the same document (member order aside). */
    private void sameDocument(byte[] ourDocument, byte[] theirs) throws IOException {
        if (!springMapper.readTree(ourDocument).equals(springMapper.readTree(theirs))) {
            throw new IllegalStateException("not the same document: " + new String(ourDocument,
                    java.nio.charset.StandardCharsets.UTF_8) + " and " + new String(theirs,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public int oursWriteJson() {
        out.reset();
        ProblemJson.write(ours, out);
        return out.size();
    }

    /** The floor: copying the same document's bytes, rendered beforehand, to the same stream. */
    @Benchmark
    public int floorCopyJson() {
        out.reset();
        out.write(ourJson, 0, ourJson.length);
        return out.size();
    }

    /** A problem as the suite sends most: a registered status's type and title, a detail and an instance. */
    @Benchmark
    public int oursWriteTypicalJson() {
        out.reset();
        ProblemJson.write(typical, out);
        return out.size();
    }

    @Benchmark
    public int floorCopyTypicalJson() {
        out.reset();
        out.write(typicalJson, 0, typicalJson.length);
        return out.size();
    }

    @Benchmark
    public int oursWriteXml() {
        out.reset();
        ProblemXml.write(ours, out);
        return out.size();
    }

    @Benchmark
    public ProblemDetail oursReadJson() {
        return ProblemJson.read(new ByteArrayInputStream(ourJson));
    }

    /** What the JSON reader ours replaced began with: one pass of JSON-P's streaming parser over our document, decoded, nothing built. */
    @Benchmark
    public int floorJsonpPassJson() {
        int events = 0;
        try (JsonParser parser = jsonp.createParser(new StringReader(ourJsonText))) {
            while (parser.hasNext()) {
                parser.next();
                events++;
            }
        }
        return events;
    }

    /** What the XML reader ours replaced began with: one pass of the JDK's StAX reader, as it was configured, nothing built. */
    @Benchmark
    public int floorStaxPassXml() throws XMLStreamException {
        XMLStreamReader reader = stax.createXMLStreamReader(new ByteArrayInputStream(ourXml));
        int events = 0;
        while (reader.hasNext()) {
            reader.next();
            events++;
        }
        reader.close();
        return events;
    }

    @Benchmark
    public ProblemDetail oursReadXml() {
        return ProblemXml.read(new ByteArrayInputStream(ourXml));
    }

    @Benchmark
    public ProblemDetail oursBuildThroughStatusProblems() {
        return problems.forbidden().type(TYPE).title(TITLE).detail(DETAIL).instance(INSTANCE)
                .with("balance", 30).with("accounts", ACCOUNTS).build();
    }

    /** A client error's exception: carries the problem, fills in no stack trace. */
    @Benchmark
    public ProblemException oursNotFoundToException() {
        return problems.notFound().detail(DETAIL).instance(INSTANCE).toException();
    }

    /** The same with a server error's status: it fills in its stack trace (a shallow one here: JMH's frames). */
    @Benchmark
    public ProblemException oursServerErrorToException() {
        return problems.of(503).detail(DETAIL).instance(INSTANCE).toException();
    }

    /** An application's {@code @ProblemType} exception, with its stack trace, and the problem it stands for. */
    @Benchmark
    public ProblemDetail oursProblemTypeExceptionToProblem() {
        return problems.of(new OutOfCreditException(30, 50)).build();
    }

    /** For comparison: what any exception with a stack trace costs at this depth. */
    @Benchmark
    public RuntimeException jdkRuntimeException() {
        return new RuntimeException(DETAIL);
    }

    @Benchmark
    public int zalandoJacksonWriteJson() throws IOException {
        out.reset();
        zalandoMapper.writeValue(out, zalando);
        return out.size();
    }

    @Benchmark
    public Problem zalandoJacksonReadJson() throws IOException {
        return zalandoMapper.readValue(zalandoJson, Problem.class);
    }

    @Benchmark
    public int springJacksonWriteTypicalJson() throws IOException {
        out.reset();
        springMapper.writeValue(out, springTypical);
        return out.size();
    }

    @Benchmark
    public int springJacksonWriteJson() throws IOException {
        out.reset();
        springMapper.writeValue(out, spring);
        return out.size();
    }

    @Benchmark
    public org.springframework.http.ProblemDetail springJacksonReadJson() throws IOException {
        return springMapper.readValue(springJson, org.springframework.http.ProblemDetail.class);
    }
}
