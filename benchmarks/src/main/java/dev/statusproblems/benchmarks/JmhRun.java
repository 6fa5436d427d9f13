package dev.statusproblems.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;

/**
 * The JMH run every benchmark class of the full run uses, in one place for their annotations and the
 * reports. Four rounds, each running one fork of every benchmark in turn, rather than four forks of
 * one benchmark after another: this machine has slow phases of a minute or so, which hit all the forks
 * of whichever benchmark ran then (one benchmark's forks spread from 252 to 390 ns, another's from
 * 1,254 to 2,078); in rounds, a phase slows one fork of several benchmarks, and both sides of a ratio
 * alike, as the server section's alternating rounds do. A fork's JIT decisions shift its figures too,
 * so there are four. Five warm-up iterations: on this kind of 2-core machine Jackson's read was still
 * settling in the third. Forty measurement iterations of 0.2 s rather than eight of 1 s: the same time,
 * five times the iterations for the median. A fixed heap, so that no fork resizes it midway.
 */
final class JmhRun {

    static final int ROUNDS = 4;
    static final int WARMUP_ITERATIONS = 5;
    static final int MEASUREMENT_ITERATIONS = 40;
    static final int MEASUREMENT_MILLIS = 200;
    static final String HEAP_MIN = "-Xms1g";
    static final String HEAP_MAX = "-Xmx1g";

    private JmhRun() {
    }

    /** The run, as the report states it. */
    static String described() {
        return String.format(Locale.ROOT, "JMH, %d rounds, each running one fork of every benchmark in turn (heap"
                + " fixed at 1 GiB): %d warm-up iterations of 1 s and %d measurement iterations of %.1f s per fork,"
                + " with the GC profiler", ROUNDS, WARMUP_ITERATIONS, MEASUREMENT_ITERATIONS,
                MEASUREMENT_MILLIS / 1000.0);
    }

    /** How many iterations each benchmark's figures are computed over. */
    static int measured() {
        return ROUNDS * MEASUREMENT_ITERATIONS;
    }

    /**
     * Runs what {@code options} include in {@link #ROUNDS} rounds of one fork each (one round when
     * {@code quick}), and returns every benchmark's figures over all its rounds, named by {@code name}.
     */
    static Map<String, JmhFigure> inRounds(ChainedOptionsBuilder options, boolean quick,
            Function<RunResult, String> name) throws RunnerException {
        Map<String, List<RunResult>> forks = new LinkedHashMap<>();
        for (int round = 0; round < (quick ? 1 : ROUNDS); round++) {
            for (RunResult fork : new Runner(options.forks(1).build()).run()) {
                forks.computeIfAbsent(name.apply(fork), any -> new ArrayList<>()).add(fork);
            }
        }
        Map<String, JmhFigure> figures = new LinkedHashMap<>();
        forks.forEach((benchmark, runs) -> figures.put(benchmark, JmhFigure.of(runs)));
        return figures;
    }
}
