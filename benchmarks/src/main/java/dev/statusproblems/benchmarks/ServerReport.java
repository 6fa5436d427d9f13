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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The server benchmark: one application deployed three times on one WildFly, {@code /with} holding
 * the suite's jars, {@code /without} none, {@code /zalando} zalando's problem behind the application's
 * own exception mappers; loaded in alternating rounds by one client, each ratio given with its 95%
 * bootstrap interval over the rounds; the same error situations sent to {@code /with} and
 * {@code /zalando}; and a 1 GiB download through the filter while the server's live heap is read.
 */
final class ServerReport {

    private static final long DOWNLOAD = Payload.MAX;
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(5);
    /** A 2xx's throughput with the suite, at least this share of without it. */
    private static final double SUCCESS_THROUGHPUT = 0.97;
    /** The suite's own share of the server's execution samples on a 2xx, at most. */
    private static final double SUCCESS_SHARE = 0.01;

    /** One endpoint measured on two applications, each run stopping at {@code cap} requests if it comes first. */
    private record Endpoint(String path, int status, String label, int cap) {
    }

    /**
     * Requests per run on an endpoint whose every request logs a stack trace (about 10 KB, to the
     * server's console and to server.log): a bound on the log a run leaves, about 1.3 GB.
     */
    private static final int LOGGED_CAP = 2_000;

    private static final List<Endpoint> SUCCESS_AND_MISSING = List.of(
            new Endpoint("/hello", 200, "2xx servlet `GET /hello` (1 KiB)", Integer.MAX_VALUE),
            new Endpoint("/api/hello", 200, "2xx JAX-RS `GET /api/hello` (JSON)", Integer.MAX_VALUE),
            new Endpoint("/missing.png", 404, "404 `GET /missing.png`, problem / container's page", Integer.MAX_VALUE));

    private static final List<Endpoint> PEER = List.of(
            new Endpoint("/api/orders/42", 404, "404 thrown as `NotFoundException`", Integer.MAX_VALUE),
            new Endpoint("/api/items?size=0", 400, "Bean Validation 400 (`@Min(1)` query parameter)",
                    Integer.MAX_VALUE),
            new Endpoint("/api/boom", 500, "uncaught `IllegalStateException`, 500 (both log its stack trace)",
                    LOGGED_CAP));

    private final Path wildflyHome;
    private final List<Path> jars;
    private final List<Path> peerJars;
    private final Path work;
    private final boolean quick;
    private final int threads = 16;
    private final Duration warmUp;
    private final Duration round;
    private final int rounds;
    private final Duration profiled;
    private final List<Summary.Target> targets = new ArrayList<>();

    ServerReport(Path wildflyHome, List<Path> jars, List<Path> peerJars, Path work, boolean quick) {
        this.wildflyHome = wildflyHome;
        this.jars = List.copyOf(jars);
        this.peerJars = List.copyOf(peerJars);
        this.work = work;
        this.quick = quick;
        this.warmUp = Duration.ofSeconds(quick ? 2 : 10);
        this.round = Duration.ofSeconds(quick ? 1 : 3);
        this.rounds = quick ? 6 : 15;
        this.profiled = Duration.ofSeconds(quick ? 3 : 10);
    }

    /** The targets of the last {@link #run()}, one line each. */
    List<Summary.Target> targets() {
        return List.copyOf(targets);
    }

    /** Deploys, measures, stops the server and returns the Markdown section. */
    String run() throws IOException {
        Path with = work.resolve("with.war");
        Path without = work.resolve("without.war");
        Path zalando = work.resolve("zalando.war");
        Wars.write(with, List.of(Wars.APP, Wars.OURS), jars);
        Wars.write(without, List.of(Wars.APP), List.of());
        Wars.write(zalando, List.of(Wars.APP, Wars.ZALANDO), peerJars);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Path log = work.resolve("wildfly-bench.log");
        System.out.println("Starting WildFly from " + wildflyHome + " (log: " + log + ")");
        try (WildFly server = WildFly.start(wildflyHome, List.of(with, without, zalando), log)) {
            checkResponses(client);
            System.out.println("Sending the coverage situations to /with and /zalando");
            String coverage = Coverage.run(client, List.of("ours (`/with`)", "zalando (`/zalando`)"),
                    List.of(p -> uri("with", p), p -> uri("zalando", p)));
            Load load = new Load(client, threads, 2_000_000);
            List<Comparison> own = new ArrayList<>();
            for (Endpoint e : SUCCESS_AND_MISSING) {
                own.add(compare(load, e, "with", "without"));
            }
            List<Comparison> peer = new ArrayList<>();
            for (Endpoint e : PEER) {
                peer.add(compare(load, e, "with", "zalando"));
            }
            List<Profile> ownProfiles = new ArrayList<>();
            for (Endpoint e : SUCCESS_AND_MISSING) {
                ownProfiles.add(profile(server, load, e));
            }
            List<Profile> peerProfiles = new ArrayList<>();
            for (Endpoint e : PEER) {
                peerProfiles.add(profile(server, load, e));
            }
            Download withDownload = download(client, server, "with");
            Download withoutDownload = download(client, server, "without");
            return markdown(own, ownProfiles, withDownload, withoutDownload)
                    + peer(peer, coverage)
                    + profiles(ownProfiles, peerProfiles)
                    + gaps(own, ownProfiles, peer, peerProfiles);
        }
    }

    private static URI uri(String context, String path) {
        return URI.create("http://" + WildFly.HOST + ":" + WildFly.HTTP_PORT + "/" + context + path);
    }

    private Profile profile(WildFly server, Load load, Endpoint e) throws IOException {
        Path file = work.resolve("profile-" + e.path().replaceAll("[^a-z]", "") + ".jfr");
        System.out.println("Profiling GET /with" + e.path() + " with JFR");
        server.record(file, () -> load.run(uri("with", e.path()), e.status(), profiled, e.cap()));
        return Profile.read(e.path(), file);
    }

    /** One request per endpoint, so a broken deployment fails here rather than as a fast figure. */
    private static void checkResponses(HttpClient client) throws IOException {
        for (String context : new String[] {"with", "without", "zalando"}) {
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
        for (String context : new String[] {"with", "zalando"}) {
            for (Endpoint e : PEER) {
                HttpResponse<byte[]> answer = get(client, uri(context, e.path()));
                require(answer.statusCode() == e.status() && answer.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json"), context + e.path() + " as a problem", answer);
            }
        }
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

    /**
     * One endpoint on two applications, {@code a} and {@code b}, measured in alternating order so
     * drift in the machine hits both; per round, the ratios a / b of throughput and of p50 and p99
     * latency, each summed up as its median over the rounds with a 95% bootstrap interval.
     */
    record Comparison(Endpoint endpoint, String a, String b, Load.Run aRuns, Load.Run bRuns,
            Interval throughput, Interval p50, Interval p99) {
    }

    private Comparison compare(Load load, Endpoint endpoint, String a, String b) {
        System.out.println("Measuring GET " + endpoint.path() + " on /" + a + " and /" + b + ": warm-up "
                + warmUp.toSeconds() + " s per side, " + rounds + " rounds of " + round.toSeconds() + " s per side");
        URI aUri = uri(a, endpoint.path());
        URI bUri = uri(b, endpoint.path());
        load.run(aUri, endpoint.status(), warmUp, endpoint.cap());
        load.run(bUri, endpoint.status(), warmUp, endpoint.cap());
        List<Load.Run> aRuns = new ArrayList<>();
        List<Load.Run> bRuns = new ArrayList<>();
        double[] throughput = new double[rounds];
        double[] p50 = new double[rounds];
        double[] p99 = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Load.Run x;
            Load.Run y;
            if (r % 2 == 0) {
                x = load.run(aUri, endpoint.status(), round, endpoint.cap());
                y = load.run(bUri, endpoint.status(), round, endpoint.cap());
            } else {
                y = load.run(bUri, endpoint.status(), round, endpoint.cap());
                x = load.run(aUri, endpoint.status(), round, endpoint.cap());
            }
            aRuns.add(x);
            bRuns.add(y);
            throughput[r] = x.throughput() / y.throughput();
            p50[r] = x.micros(0.5) / y.micros(0.5);
            p99[r] = x.micros(0.99) / y.micros(0.99);
            System.out.printf(Locale.ROOT, "  round %d: %s %.0f req/s, %s %.0f req/s, ratio %.3f, p99 ratio %.3f%n",
                    r + 1, a, x.throughput(), b, y.throughput(), throughput[r], p99[r]);
        }
        return new Comparison(endpoint, a, b, Load.Run.pool(aRuns), Load.Run.pool(bRuns),
                Bootstrap.median(throughput), Bootstrap.median(p50), Bootstrap.median(p99));
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

    private String method() {
        return String.format(Locale.ROOT, "Each endpoint: a %d s warm-up per side, then %d rounds of %d s per "
                + "side, the order within a round alternating. A ratio is the median over the rounds of that "
                + "round's ratio; in brackets, its 95%% confidence interval: percentile bootstrap, the rounds "
                + "resampled with replacement %,d times (fixed seed), the median of each resample. A target "
                + "counts as met only when the whole interval meets it; where only the median does, the "
                + "verdict says so. The per-side figures pool every round of a side.", warmUp.toSeconds(),
                rounds, round.toSeconds(), Bootstrap.RESAMPLES);
    }

    private String markdown(List<Comparison> own, List<Profile> profiles, Download with, Download without) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "One WildFly (%s, its default configuration: `-Xmx512m`, "
                + "default GC) serves three copies of the same application on 127.0.0.1:%d: `/with` holds the "
                + "suite's jars in `WEB-INF/lib`, `/without` does not, `/zalando` holds zalando's `problem` "
                + "behind the application's own exception mappers (below). The client (in this module, "
                + "`java.net.http.HttpClient`, HTTP/1.1 keep-alive) runs %d threads, each sending its next "
                + "request as soon as the last one is answered.%s%n%n",
                wildflyHome.getFileName(), WildFly.HTTP_PORT, threads, quick
                        ? " Quick mode: too few and too short rounds for the intervals to mean much." : ""));
        md.append(method()).append("\n\n");
        sides(md, own);
        Comparison servlet = own.get(0);
        Comparison jaxrs = own.get(1);
        Comparison missing = own.get(2);
        md.append("| measure | figure [95% interval] | target | |\n")
                .append("|---|---:|---|---|\n");
        row(md, servlet.endpoint().label() + ", throughput with / without", servlet.throughput(),
                SUCCESS_THROUGHPUT, false);
        row(md, jaxrs.endpoint().label() + ", throughput with / without", jaxrs.throughput(), SUCCESS_THROUGHPUT,
                false);
        row(md, missing.endpoint().label() + ", throughput", missing.throughput(), 1.0, false);
        row(md, "2xx servlet p99 latency, with / without", servlet.p99(), Double.NaN, true);
        row(md, "2xx JAX-RS p99 latency, with / without", jaxrs.p99(), Double.NaN, true);
        row(md, "404 p50 latency, problem / container's page", missing.p50(), 1.0, true);
        row(md, "404 p99 latency, problem / container's page", missing.p99(), Double.NaN, true);
        for (int i = 0; i < 2; i++) {
            Profile p = profiles.get(i);
            Interval share = p.share();
            target(md, String.format(Locale.ROOT, "the suite's own share of the server's execution samples, "
                    + "2xx `%s` (JFR, %d samples; Wilson interval)", p.endpoint(), p.samples()), share.percent(),
                    "≤ 1%", share.verdict(SUCCESS_SHARE, true));
        }
        target(md, "server live heap growth half-way through a 1 GiB download, with the suite",
                String.format(Locale.ROOT, "%.1f MiB", with.growthMiB()), "< 16 MiB",
                with.growthMiB() < 16 ? "met" : "not met");
        md.append(String.format(Locale.ROOT,
                "| the same without the suite (for comparison) | %.1f MiB | | |%n", without.growthMiB()));
        target(md, String.format(Locale.ROOT, "1 GiB body through the filter byte for byte (SHA-256, "
                + "Content-Length %d, %s)", with.contentLength(), with.chunked() ? "chunked" : "not chunked"),
                with.intact() ? "intact" : "CORRUPT", "intact",
                with.intact() && with.contentLength() == DOWNLOAD && !with.chunked() ? "met" : "not met");
        md.append('\n').append(String.format(Locale.ROOT,
                "Heap: `jcmd <pid> GC.run` then `GC.heap_info` in the server JVM before the download (%.1f MiB "
                + "live with the suite, %.1f MiB without) and again once the client has read 512 MiB, with "
                + "the server blocked mid-write. Download speed, client computing SHA-256: %.0f MiB/s with, "
                + "%.0f MiB/s without.%n",
                with.baseline() / (double) (1 << 20), without.baseline() / (double) (1 << 20),
                with.mibPerSecond(), without.mibPerSecond()));
        return md.toString();
    }

    private String peer(List<Comparison> peer, String coverage) {
        StringBuilder md = new StringBuilder();
        md.append("\n### Side by side with zalando/problem\n\n")
                .append("The alternative a Jakarta EE user would pick instead: `org.zalando:problem` and "
                        + "`jackson-datatype-problem` 0.27.1 with `problem-violations` 0.29.1 (its "
                        + "`ConstraintViolationProblem`, built against problem 0.27.1), in `/zalando`'s "
                        + "`WEB-INF/lib`, written by WildFly's own RESTEasy Jackson provider (not bundled: WildFly "
                        + "gives JAX-RS deployments Jackson) through the application's "
                        + "`ContextResolver<ObjectMapper>` registering `ProblemModule` and "
                        + "`ConstraintViolationProblemModule`, behind the application's own `ExceptionMapper`s: "
                        + "`ThrowableProblem` as it is; `WebApplicationException` as a problem of its status with "
                        + "its message and its response's headers; `ConstraintViolationException` as a "
                        + "`ConstraintViolationProblem`; any other `Throwable` as a 500, logged at ERROR with its "
                        + "stack trace as the suite logs its own. Same resources, same server, same run as "
                        + "above, `/with` and `/zalando` alternating. ")
                .append(method())
                .append(String.format(Locale.ROOT, " Each run of `/api/boom` (warm-up, round, profile) stops at "
                        + "%,d requests if they come before its time, as each writes about 10 KB of stack trace to "
                        + "the server's log twice (console and server.log): its rounds can be shorter than the "
                        + "others.%n%n", LOGGED_CAP));
        sides(md, peer);
        md.append("| measure | figure [95% interval] | target | |\n")
                .append("|---|---:|---|---|\n");
        for (Comparison c : peer) {
            row(md, c.endpoint().label() + ", throughput ours / zalando's", c.throughput(), 1.0, false);
            row(md, c.endpoint().label() + ", p99 latency ours / zalando's", c.p99(), 1.0, true);
        }
        md.append("\nThe same error situations sent once to each application (`Accept: application/json` unless "
                + "said otherwise). Each cell: the status; whether `Content-Type` is `application/problem+json`; "
                + "whether the body is a JSON object with the RFC 9457 members' types and a `status` member "
                + "equal to the status (body ✓); and the header HTTP requires with the status, where there is "
                + "one. Bold marks what is not as expected.\n\n")
                .append(coverage);
        return md.toString();
    }

    private static void sides(StringBuilder md, List<Comparison> comparisons) {
        md.append("| endpoint | side | requests/s | p50 (µs) | p99 (µs) | requests | unexpected status or timeout |\n")
                .append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Comparison c : comparisons) {
            side(md, c.endpoint().path(), c.a(), c.aRuns());
            side(md, c.endpoint().path(), c.b(), c.bRuns());
        }
        md.append('\n');
    }

    private String profiles(List<Profile> own, List<Profile> peer) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%nWhere the suite's time goes: after the measured rounds, one more "
                + "%d s run per endpoint on `/with` only, recorded with Java Flight Recorder (`settings=profile`, "
                + "`method-profiling=max`: a sample every millisecond) in the server JVM; these runs are not in "
                + "the figures above. A sample counts as the suite's when, from the running method outwards, a "
                + "frame of the suite comes before any filter chain's `doFilter` or Undertow handler's "
                + "`handleRequest` (where the request is passed on, after which it belongs to the application "
                + "and the container, even under the handler the suite wraps around Undertow's). Cost the suite causes inside the JAX-RS "
                + "runtime (e.g. more providers to select from) is not attributed this way. The share's "
                + "interval is the 95%% Wilson interval of a proportion, which takes the samples as "
                + "independent.%n%n", profiled.toSeconds()));
        own.forEach(p -> md.append(p.markdown()));
        peer.forEach(p -> md.append(p.markdown()));
        return md.toString();
    }

    /** One line per target its interval does not meet, with what the profile of that endpoint measured. */
    private static String gaps(List<Comparison> own, List<Profile> ownProfiles, List<Comparison> peer,
            List<Profile> peerProfiles) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < own.size(); i++) {
            Comparison c = own.get(i);
            double target = c.endpoint().status() == 200 ? SUCCESS_THROUGHPUT : 1.0;
            if (!c.throughput().atLeast(target)) {
                md.append(String.format(Locale.ROOT, "- `%s`, with / without: throughput %s, target ≥ %.2f "
                        + "not met by its interval. Measured: %s%n", c.endpoint().path(), c.throughput().ratio(),
                        target, ownProfiles.get(i).cause()));
            }
            if (c.endpoint().status() == 200 && !ownProfiles.get(i).share().atMost(SUCCESS_SHARE)) {
                md.append(String.format(Locale.ROOT, "- `%s`: the suite's share of the samples, %s, is not shown "
                        + "≤ 1%% by its interval: %s%n", c.endpoint().path(), ownProfiles.get(i).share().percent(),
                        ownProfiles.get(i).share().atLeast(SUCCESS_SHARE) ? "the suite's own work is over 1%."
                                : "too few samples for the interval to exclude 1%."));
            }
        }
        for (int i = 0; i < peer.size(); i++) {
            Comparison c = peer.get(i);
            if (!c.throughput().atLeast(1.0) || !c.p99().atMost(1.0)) {
                md.append(String.format(Locale.ROOT, "- `%s`, ours / zalando's: throughput %s, p99 %s, a target "
                        + "not met by its interval. Measured on ours: %s%n", c.endpoint().path(),
                        c.throughput().ratio(), c.p99().ratio(), peerProfiles.get(i).cause()));
            }
        }
        return md.length() == 0 ? "" : "\nGaps and their measured causes:\n\n" + md;
    }

    private static void side(StringBuilder md, String path, String side, Load.Run run) {
        md.append(String.format(Locale.ROOT, "| `%s` | %s | %.0f | %.0f | %.0f | %d | %d |%n", path, side,
                run.throughput(), run.micros(0.5), run.micros(0.99), run.requests(), run.unexpected()));
    }

    /** A ratio's row: at least {@code target}, or at most it when {@code atMost}; no target if NaN. */
    private void row(StringBuilder md, String what, Interval figure, double target, boolean atMost) {
        if (Double.isNaN(target)) {
            md.append(String.format(Locale.ROOT, "| %s | %s | | |%n", what, figure.ratio()));
        } else {
            target(md, what, figure.ratio(), String.format(Locale.ROOT, "%s %.2f", atMost ? "≤" : "≥", target),
                    figure.verdict(target, atMost));
        }
    }

    /** A target's row, also kept for the README's summary. */
    private void target(StringBuilder md, String what, String figure, String target, String verdict) {
        md.append("| ").append(what).append(" | ").append(figure).append(" | ").append(target).append(" | ")
                .append(verdict).append(" |\n");
        targets.add(new Summary.Target(what, figure, target + ", " + verdict));
    }
}
