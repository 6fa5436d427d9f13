package dev.statusproblems.benchmarks;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What traces cost on the error path: the pipeline answering a 500 ({@link ErrorPath}) where the
 * OpenTelemetry API is {@code absent} (a copy of the pipeline in a class loader without it, as on
 * WildFly's default configuration, Tomcat or Jetty), where it is there but nothing is traced
 * ({@code idle}, as on Payara without telemetry), and where an SDK span is current and recording
 * ({@code traced}). The log line is switched off, as its cost is the logger's.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = JmhRun.WARMUP_ITERATIONS, time = 1)
@Measurement(iterations = JmhRun.MEASUREMENT_ITERATIONS, time = JmhRun.MEASUREMENT_MILLIS,
        timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {JmhRun.HEAP_MIN, JmhRun.HEAP_MAX})
public class TracesBenchmark {

    /** The test's class path but OpenTelemetry, on its own: the pipeline there finds no API. */
    private static final class WithoutOpenTelemetry extends URLClassLoader {

        WithoutOpenTelemetry() throws MalformedURLException {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(new File(entry).toURI().toURL());
            }
            return urls.toArray(new URL[0]);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith("io.opentelemetry.")) {
                throw new ClassNotFoundException(name); // the benchmarks' jar holds it; this loader must not
            }
            return super.findClass(name);
        }
    }

    @Param({"absent", "idle", "traced"})
    private String telemetry;

    private final Logger log = Logger.getLogger("dev.statusproblems");
    private Supplier<Object> errorPath;
    private SdkTracerProvider tracing;
    private Span span;
    private Scope current;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        log.setLevel(Level.OFF);
        if (telemetry.equals("absent")) {
            errorPath = (Supplier<Object>) Class.forName(ErrorPath.class.getName(), true, new WithoutOpenTelemetry())
                    .getConstructor().newInstance();
        } else {
            errorPath = new ErrorPath();
        }
        if (telemetry.equals("traced")) {
            tracing = SdkTracerProvider.builder().build();
            span = tracing.get("benchmark").spanBuilder("GET /shop/api/orders/{id}").startSpan();
        }
    }

    /** The span is current in the thread that measures, around each iteration. */
    @Setup(org.openjdk.jmh.annotations.Level.Iteration)
    public void enter() {
        current = span != null ? span.makeCurrent() : null;
    }

    @TearDown(org.openjdk.jmh.annotations.Level.Iteration)
    public void leave() {
        if (current != null) {
            current.close();
        }
    }

    @TearDown
    public void tearDown() {
        if (tracing != null) {
            span.end();
            tracing.close();
        }
    }

    @Benchmark
    public Object serverError() {
        return errorPath.get();
    }
}
