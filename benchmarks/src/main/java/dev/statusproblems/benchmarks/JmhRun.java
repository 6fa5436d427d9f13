package dev.statusproblems.benchmarks;

import java.util.Locale;

/**
 * The JMH run every benchmark class of the full run uses, in one place for their annotations and the
 * report's description. Five warm-up iterations: on this kind of 2-core machine Jackson's read was
 * still settling in the third; four forks: a fork's JIT decisions shift its figures more than the
 * machine's noise shifts one iteration, and JMH's error counts forks as iterations; a fixed heap, so
 * that no fork resizes it midway. Forty measurement iterations of 0.2 s rather than eight of 1 s: the
 * same time, but this machine's bursts slow whole seconds at a time, and a median over 160 iterations
 * has an interval a burst-slowed quarter of them does not reach; over 32 it reached it.
 */
final class JmhRun {

    static final int FORKS = 4;
    static final int WARMUP_ITERATIONS = 5;
    static final int MEASUREMENT_ITERATIONS = 40;
    static final int MEASUREMENT_MILLIS = 200;
    static final String HEAP_MIN = "-Xms1g";
    static final String HEAP_MAX = "-Xmx1g";

    private JmhRun() {
    }

    /** The run, as the report states it. */
    static String described() {
        return String.format(Locale.ROOT, "JMH, %d forks (heap fixed at 1 GiB), each %d warm-up iterations of 1 s"
                + " and %d measurement iterations of %.1f s, with the GC profiler", FORKS, WARMUP_ITERATIONS,
                MEASUREMENT_ITERATIONS, MEASUREMENT_MILLIS / 1000.0);
    }

    /** How many iterations JMH's error is computed over. */
    static int measured() {
        return FORKS * MEASUREMENT_ITERATIONS;
    }
}
