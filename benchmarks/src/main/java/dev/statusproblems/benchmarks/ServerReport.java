package dev.statusproblems.benchmarks;

import dev.statusproblems.benchmarks.app.HelloServlet;
import dev.statusproblems.benchmarks.app.Payload;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The server benchmark: the same application deployed twice on one WildFly, {@code /with} holding the
 * suite's jars and {@code /without} not, loaded in alternating rounds by one client, and a 1 GiB
 * download through the filter while the server's live heap is read.
 */
final class ServerReport {

    private static final long DOWNLOAD = Payload.MAX;
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(5);

    private final Path wildflyHome;
    private final List<Path> jars;
    private final Path work;
    private final boolean quick;
    private final int threads = 16;

    ServerReport(Path wildflyHome, List<Path> jars, Path work, boolean quick) {
        this.wildflyHome = wildflyHome;
        this.jars = List.copyOf(jars);
        this.work = work;
        this.quick = quick;
    }

    /** Deploys, measures, stops the server and returns the Markdown section. */
    String run() throws IOException {
        Path with = work.resolve("with.war");
        Path without = work.resolve("without.war");
        Wars.write(with, jars);
        Wars.write(without, List.of());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Path log = work.resolve("wildfly-bench.log");
        System.out.println("Starting WildFly from " + wildflyHome + " (log: " + log + ")");
        try (WildFly server = WildFly.start(wildflyHome, List.of(with, without), log)) {
            checkResponses(client);
            Load load = new Load(client, threads, 2_000_000);
            Duration warmUp = Duration.ofSeconds(quick ? 3 : 10);
            Duration round = Duration.ofSeconds(quick ? 3 : 5);
            int rounds = quick ? 3 : 5;
            Comparison servlet = compare(load, "/hello", 200, warmUp, round, rounds);
            Comparison jaxrs = compare(load, "/api/hello", 200, warmUp, round, rounds);
            Comparison missing = compare(load, "/missing.png", 404, warmUp, round, rounds);
            Duration profiled = Duration.ofSeconds(quick ? 3 : 10);
            List<Profile> profiles = new ArrayList<>();
            for (String path : List.of("/hello", "/api/hello", "/missing.png")) {
                Path file = work.resolve("profile-" + path.replaceAll("[^a-z]", "") + ".jfr");
                int status = path.equals("/missing.png") ? 404 : 200;
                System.out.println("Profiling GET /with" + path + " with JFR");
                server.record(file, () -> load.run(uri("with", path), status, profiled));
                profiles.add(Profile.read(path, file));
            }
            Download withDownload = download(client, server, "with");
            Download withoutDownload = download(client, server, "without");
            return markdown(round, rounds, warmUp, servlet, jaxrs, missing, withDownload, withoutDownload)
                    + profiles(profiled, profiles) + gaps(List.of(servlet, jaxrs, missing), profiles);
        }
    }

    private static URI uri(String context, String path) {
        return URI.create("http://" + WildFly.HOST + ":" + WildFly.HTTP_PORT + "/" + context + path);
    }

    /** One request per endpoint, so a broken deployment fails here rather than as a fast figure. */
    private static void checkResponses(HttpClient client) throws IOException {
        for (String context : new String[] {"with", "without"}) {
            HttpResponse<byte[]> hello = get(client, uri(context, "/hello"));
            require(hello.statusCode() == 200 && hello.body().length == HelloServlet.SIZE,
                    context + "/hello", hello);
            HttpResponse<byte[]> api = get(client, uri(context, "/api/hello"));
            require(api.statusCode() == 200, context + "/api/hello", api);
        }
        HttpResponse<byte[]> problem = get(client, uri("with", "/missing.png"));
        String type = problem.headers().firstValue("Content-Type").orElse("");
        require(problem.statusCode() == 404 && type.startsWith("application/problem+json"),
                "with/missing.png as a problem", problem);
        ProblemDetail parsed = ProblemJson.parse(new String(problem.body(), StandardCharsets.UTF_8));
        require(parsed.status() == 404, "with/missing.png status member", problem);
        HttpResponse<byte[]> page = get(client, uri("without", "/missing.png"));
        require(page.statusCode() == 404 && !page.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem"), "without/missing.png as the container's page", page);
    }

    private static HttpResponse<byte[]> get(HttpClient client, URI uri) throws IOException {
        try {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: GET " + uri, e);
        }
    }

    private static void require(boolean condition, String what, HttpResponse<byte[]> response) {
        if (!condition) {
            throw new IllegalStateException("unexpected response for " + what + ": " + response.statusCode() + " "
                    + response.headers().map() + " "
                    + new String(response.body(), 0, Math.min(300, response.body().length), StandardCharsets.UTF_8));
        }
    }

    /** Both sides of one endpoint, measured in alternating order so drift in the machine hits both. */
    record Comparison(String path, Load.Run with, Load.Run without, double[] ratios) {

        double medianRatio() {
            double[] sorted = ratios.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        double minRatio() {
            return Arrays.stream(ratios).min().orElse(Double.NaN);
        }

        double maxRatio() {
            return Arrays.stream(ratios).max().orElse(Double.NaN);
        }
    }

    private static Comparison compare(Load load, String path, int status, Duration warmUp, Duration round,
            int rounds) {
        System.out.println("Measuring GET " + path + ": warm-up " + warmUp.toSeconds() + " s per side, "
                + rounds + " rounds of " + round.toSeconds() + " s per side");
        URI with = uri("with", path);
        URI without = uri("without", path);
        load.run(with, status, warmUp);
        load.run(without, status, warmUp);
        List<Load.Run> withRuns = new ArrayList<>();
        List<Load.Run> withoutRuns = new ArrayList<>();
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Load.Run a;
            Load.Run b;
            if (r % 2 == 0) {
                a = load.run(with, status, round);
                b = load.run(without, status, round);
            } else {
                b = load.run(without, status, round);
                a = load.run(with, status, round);
            }
            withRuns.add(a);
            withoutRuns.add(b);
            ratios[r] = a.throughput() / b.throughput();
            System.out.printf(Locale.ROOT, "  round %d: with %.0f req/s, without %.0f req/s, ratio %.3f%n",
                    r + 1, a.throughput(), b.throughput(), ratios[r]);
        }
        return new Comparison(path, Load.Run.pool(withRuns), Load.Run.pool(withoutRuns), ratios);
    }

    /** A 1 GiB download and the server's live heap before it and half-way through it. */
    record Download(String context, long baseline, long middle, boolean intact, long contentLength,
            boolean chunked, double seconds) {

        double growthMiB() {
            return (middle - baseline) / (double) (1 << 20);
        }

        double mibPerSecond() {
            return DOWNLOAD / (double) (1 << 20) / seconds;
        }
    }

    private static Download download(HttpClient client, WildFly server, String context) throws IOException {
        System.out.println("Downloading 1 GiB from /" + context + "/download");
        byte[] expected = expectedDigest();
        long baseline = server.liveHeapBytes();
        URI uri = uri(context, "/download?size=" + DOWNLOAD);
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        try {
            long began = System.nanoTime();
            HttpResponse<InputStream> response = client.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            InputStream stream = response.body();
            try (InputStream body = stream) {
                // A stalled server must not hang the run: closing the stream ends the blocked read.
                ScheduledFuture<?> guard = watchdog.schedule(() -> {
                    try {
                        stream.close();
                    } catch (IOException e) {
                        // The read that follows reports it.
                    }
                }, DOWNLOAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                MessageDigest sha = sha256();
                byte[] buffer = new byte[64 * 1024];
                long read = 0;
                long middle = -1;
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    sha.update(buffer, 0, n);
                    read += n;
                    if (middle < 0 && read >= DOWNLOAD / 2) {
                        // The server is blocked mid-write with the response half sent: its heap now.
                        middle = server.liveHeapBytes();
                    }
                }
                guard.cancel(false);
                double seconds = (System.nanoTime() - began) / 1e9;
                boolean intact = read == DOWNLOAD && MessageDigest.isEqual(expected, sha.digest());
                if (response.statusCode() != 200 || middle < 0) {
                    throw new IllegalStateException("download from /" + context + " ended with status "
                            + response.statusCode() + " after " + read + " bytes");
                }
                return new Download(context, baseline, middle, intact,
                        response.headers().firstValueAsLong("Content-Length").orElse(-1),
                        response.headers().firstValue("Transfer-Encoding").isPresent(), seconds);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: GET " + uri, e);
        } finally {
            watchdog.shutdownNow();
        }
    }

    private static byte[] expectedDigest() {
        MessageDigest sha = sha256();
        byte[] chunk = Payload.chunk();
        for (long left = DOWNLOAD; left > 0; left -= chunk.length) {
            sha.update(chunk, 0, (int) Math.min(chunk.length, left));
        }
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private String markdown(Duration round, int rounds, Duration warmUp, Comparison servlet, Comparison jaxrs,
            Comparison missing, Download with, Download without) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "One WildFly (%s, its default configuration: `-Xmx512m`, "
                + "default GC) serves two copies of the same application on 127.0.0.1:%d: `/with` holds the "
                + "suite's jars in `WEB-INF/lib`, `/without` does not. The client (in this module, "
                + "`java.net.http.HttpClient`, HTTP/1.1 keep-alive) runs %d threads, each sending its next "
                + "request as soon as the last one is answered. Each endpoint: a %d s warm-up per side, then "
                + "%d rounds of %d s per side, the order within a round alternating (with first, then without "
                + "first). The ratio is the median of the rounds' throughput ratios (range in brackets); "
                + "latencies pool every round of a side.%n%n",
                wildflyHome.getFileName(), WildFly.HTTP_PORT, threads, warmUp.toSeconds(), rounds,
                round.toSeconds()));
        md.append("| endpoint | side | requests/s | p50 (µs) | p99 (µs) | requests | unexpected status |\n")
                .append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Comparison c : List.of(servlet, jaxrs, missing)) {
            row(md, c.path(), "with", c.with());
            row(md, c.path(), "without", c.without());
        }
        md.append('\n')
                .append("| measure | figure | target | |\n")
                .append("|---|---:|---|---|\n");
        ratioRow(md, "2xx servlet `GET /hello` (1 KiB), throughput with / without", servlet, 0.97);
        ratioRow(md, "2xx JAX-RS `GET /api/hello` (JSON), throughput with / without", jaxrs, 0.97);
        ratioRow(md, "404 `GET /missing.png`, problem / container's page, throughput", missing, 1.0);
        md.append(String.format(Locale.ROOT, "| 404 p50 latency, problem / container's page | %.2f | ≤ 1.00 | %s |%n",
                missing.with().micros(0.5) / missing.without().micros(0.5),
                missing.with().micros(0.5) <= missing.without().micros(0.5) ? "met" : "not met"));
        md.append(String.format(Locale.ROOT,
                "| server live heap growth half-way through a 1 GiB download, with the suite | %.1f MiB | < 16 MiB | %s |%n",
                with.growthMiB(), with.growthMiB() < 16 ? "met" : "not met"));
        md.append(String.format(Locale.ROOT,
                "| the same without the suite (for comparison) | %.1f MiB | | |%n", without.growthMiB()));
        md.append(String.format(Locale.ROOT,
                "| 1 GiB body through the filter byte for byte (SHA-256, Content-Length %d, %s) | %s | intact | %s |%n",
                with.contentLength(), with.chunked() ? "chunked" : "not chunked", with.intact() ? "intact" : "CORRUPT",
                with.intact() && with.contentLength() == DOWNLOAD && !with.chunked() ? "met" : "not met"));
        md.append('\n').append(String.format(Locale.ROOT,
                "Heap: `jcmd <pid> GC.run` then `GC.heap_info` in the server JVM before the download (%.1f MiB "
                + "live with the suite, %.1f MiB without) and again once the client has read 512 MiB, with "
                + "the server blocked mid-write. Download speed, client computing SHA-256: %.0f MiB/s with, "
                + "%.0f MiB/s without.%n",
                with.baseline() / (double) (1 << 20), without.baseline() / (double) (1 << 20),
                with.mibPerSecond(), without.mibPerSecond()));
        return md.toString();
    }

    private static String profiles(Duration round, List<Profile> profiles) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%nWhere the suite's time goes: after the measured rounds, one more "
                + "%d s run per endpoint on `/with` only, recorded with Java Flight Recorder (`settings=profile`) "
                + "in the server JVM; these runs are not in the figures above. A sample counts as the suite's "
                + "when, from the running method outwards, a frame of the suite comes before any filter chain's "
                + "`doFilter` (after which the request belongs to the application and the container). Cost "
                + "the suite causes inside the JAX-RS runtime (e.g. more providers to select from) is not "
                + "attributed this way.%n%n", round.toSeconds()));
        profiles.forEach(p -> md.append(p.markdown()));
        return md.toString();
    }

    /** One line per throughput target not met, with what the profile of that endpoint measured. */
    private static String gaps(List<Comparison> comparisons, List<Profile> profiles) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison c = comparisons.get(i);
            double target = c.path().equals("/missing.png") ? 1.0 : 0.97;
            if (c.medianRatio() >= target) {
                continue;
            }
            Profile p = profiles.get(i);
            md.append(String.format(Locale.ROOT, "- `%s`: %.1f%% less throughput with the suite (target: at most "
                    + "%.0f%% less). Measured: %s%n", c.path(), 100 * (1 - c.medianRatio()), 100 * (1 - target),
                    p.cause()));
        }
        return md.length() == 0 ? "" : "\nGaps and their measured causes:\n\n" + md;
    }

    private static void row(StringBuilder md, String path, String side, Load.Run run) {
        md.append(String.format(Locale.ROOT, "| `%s` | %s | %.0f | %.0f | %.0f | %d | %d |%n", path, side,
                run.throughput(), run.micros(0.5), run.micros(0.99), run.requests(), run.unexpected()));
    }

    private static void ratioRow(StringBuilder md, String what, Comparison c, double target) {
        double ratio = c.medianRatio();
        md.append(String.format(Locale.ROOT, "| %s | %.3f [%.3f–%.3f] | ≥ %.2f | %s |%n", what, ratio,
                c.minRatio(), c.maxRatio(), target, ratio >= target ? "met" : "not met"));
    }
}
