package dev.statusproblems.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bounded closed-loop load generator: N threads, each sending one request after the other until a
 * deadline or its share of a request cap, whichever comes first.
 */
final class Load {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final int threads;
    private final int maxRequests;

    Load(HttpClient client, int threads, int maxRequests) {
        this.client = client;
        this.threads = threads;
        this.maxRequests = maxRequests;
    }

    /** What one run measured. */
    record Run(long requests, long unexpected, double seconds, long[] latencies) {

        double throughput() {
            return requests / seconds;
        }

        /** Combines runs of the same side: requests over the sum of their times, latencies pooled. */
        static Run pool(List<Run> runs) {
            long requests = 0;
            long unexpected = 0;
            double seconds = 0;
            int n = 0;
            for (Run run : runs) {
                requests += run.requests;
                unexpected += run.unexpected;
                seconds += run.seconds;
                n += run.latencies.length;
            }
            long[] pooled = new long[n];
            int at = 0;
            for (Run run : runs) {
                System.arraycopy(run.latencies, 0, pooled, at, run.latencies.length);
                at += run.latencies.length;
            }
            Arrays.sort(pooled);
            return new Run(requests, unexpected, seconds, pooled);
        }

        /** Returns the latency at quantile {@code q} in microseconds, from sorted latencies. */
        double micros(double q) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1);
            return latencies[Math.max(0, index)] / 1000.0;
        }
    }

    /**
     * Sends {@code GET uri} in a loop for {@code duration}; a status other than {@code expected}, and an
     * answer that did not come within the request timeout (10 s), is counted.
     */
    Run run(URI uri, int expected, Duration duration) {
        return run(uri, expected, duration, maxRequests);
    }

    /** As {@link #run(URI, int, Duration)}, stopping at {@code cap} requests if that comes first. */
    Run run(URI uri, int expected, Duration duration, int cap) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        int perThread = Math.max(1, Math.min(maxRequests, cap) / threads);
        long[][] latencies = new long[threads][perThread];
        int[] counts = new int[threads];
        long[] unexpected = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        Thread[] workers = new Thread[threads];
        long[] deadline = new long[1];
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                try {
                    start.await();
                    long end = deadline[0];
                    int n = 0;
                    for (long now = System.nanoTime(); now < end && n < perThread; now = System.nanoTime()) {
                        HttpResponse<byte[]> response;
                        try {
                            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        } catch (HttpTimeoutException timedOut) {
                            // one slow answer is a figure (its wait is its latency), not the end of the run
                            response = null;
                        }
                        latencies[id][n++] = System.nanoTime() - now;
                        if (response == null || response.statusCode() != expected) {
                            unexpected[id]++;
                        }
                    }
                    counts[id] = n;
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, e);
                }
            }, "load-" + t);
            workers[t].start();
        }
        long began = System.nanoTime();
        deadline[0] = began + duration.toNanos();
        start.countDown();
        long joinBy = deadline[0] + REQUEST_TIMEOUT.toNanos() + TimeUnit.SECONDS.toNanos(5);
        try {
            for (Thread worker : workers) {
                worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(joinBy - System.nanoTime())));
                if (worker.isAlive()) {
                    Arrays.stream(workers).forEach(Thread::interrupt);
                    throw new IllegalStateException("a load thread outlived its deadline on " + uri);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + uri, e);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("GET " + uri + " failed: " + failure.get(), failure.get());
        }
        long requests = 0;
        long wrong = 0;
        for (int t = 0; t < threads; t++) {
            requests += counts[t];
            wrong += unexpected[t];
        }
        long[] all = new long[(int) requests];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Run(requests, wrong, seconds, all);
    }
}
