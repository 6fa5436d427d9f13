package dev.statusproblems.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.model.StatusProblems;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * One typical problem (the five RFC 9457 members and two extensions) written and read by our codecs,
 * and the same problem with the alternatives a user would pick instead: zalando's problem on Jackson,
 * and Spring's {@code ProblemDetail} on Jackson with Spring's own mix-in.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {

    private static final String TYPE = "https://example.com/probs/out-of-credit";
    private static final String TITLE = "You do not have enough credit.";
    private static final String DETAIL = "Your current balance is 30, but that costs 50.";
    private static final String INSTANCE = "/account/12345/msgs/abc";
    private static final List<String> ACCOUNTS = List.of("/account/12345", "/account/67890");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    private final StatusProblems problems = StatusProblems.create();

    private ProblemDetail ours;
    private byte[] ourJson;
    private byte[] ourXml;

    private ObjectMapper zalandoMapper;
    private Problem zalando;
    private byte[] zalandoJson;

    private ObjectMapper springMapper;
    private org.springframework.http.ProblemDetail spring;
    private byte[] springJson;

    @Setup
    public void setUp() throws IOException {
        ours = ProblemDetail.builder(403).type(TYPE).title(TITLE).detail(DETAIL).instance(INSTANCE)
                .with("balance", 30).with("accounts", ACCOUNTS).build();
        ourJson = ProblemJson.toJson(ours).getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
    }

    @Benchmark
    public int oursWriteJson() {
        out.reset();
        ProblemJson.write(ours, out);
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

    @Benchmark
    public ProblemDetail oursReadXml() {
        return ProblemXml.read(new ByteArrayInputStream(ourXml));
    }

    @Benchmark
    public ProblemDetail oursBuildThroughStatusProblems() {
        return problems.forbidden().type(TYPE).title(TITLE).detail(DETAIL).instance(INSTANCE)
                .with("balance", 30).with("accounts", ACCOUNTS).build();
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
