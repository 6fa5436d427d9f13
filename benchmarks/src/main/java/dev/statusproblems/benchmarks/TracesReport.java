package dev.statusproblems.benchmarks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link TracesBenchmark} with the GC profiler and returns its figures in Markdown. */
final class TracesReport {

    /** A figure whose error is larger than this share of it is not a result, as in {@link CodecReport}. */
    private static final double RELIABLE = 0.10;

    private TracesReport() {
    }

    /** Prints the section alone, for a run of this benchmark only. */
    public static void main(String[] args) throws RunnerException {
        System.out.println(run(args.length > 0 && args[0].equals("--quick")));
    }

    static String run(boolean quick) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include(TracesBenchmark.class.getName()).addProfiler(GCProfiler.class).timeUnit(TimeUnit.NANOSECONDS);
        if (quick) {
            options.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (RunResult run : new Runner(options.build()).run()) {
            Result<?> primary = run.getPrimaryResult();
            Result<?> allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
            rows.put(run.getParams().getParam("telemetry"), new double[] {primary.getScore(), primary.getScoreError(),
                    allocation != null ? allocation.getScore() : Double.NaN});
        }
        StringBuilder md = new StringBuilder();
        md.append(quick ? "JMH, one fork, 2 warm-up and 3 measurement iterations of 1 s: indicative only.\n\n"
                : JmhRun.described() + "; the error is JMH's 99.9% confidence interval.\n\n");
        md.append("| OpenTelemetry | time per 500 (ns) | error | allocated per 500 (bytes) |\n|---|---:|---:|---:|\n");
        rows.forEach((telemetry, r) -> md.append(String.format(Locale.ROOT, "| %s | %.0f | ± %.0f (%.0f%%) | %.0f |%n",
                telemetry, r[0], r[1], 100 * r[1] / r[0], r[2])));
        double[] absent = rows.get("absent");
        for (String other : new String[] {"idle", "traced"}) {
            double[] row = rows.get(other);
            if (absent == null || row == null) {
                continue;
            }
            if (row[1] > RELIABLE * row[0] || absent[1] > RELIABLE * absent[0]) {
                md.append(String.format(Locale.ROOT, "- %s / absent: *unreliable* (%.2f×, from a figure whose error"
                        + " is over 10%%)%n", other, row[0] / absent[0]));
            } else {
                md.append(String.format(Locale.ROOT, "- %s / absent: %.2f× (%.2f–%.2f within the errors)%n", other,
                        row[0] / absent[0], (row[0] - row[1]) / (absent[0] + absent[1]),
                        (row[0] + row[1]) / (absent[0] - absent[1])));
            }
        }
        return md.toString();
    }
}
