package dev.statusproblems.benchmarks;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link TracesBenchmark} with the GC profiler and returns its figures in Markdown, judged as the
 * codecs' are: by the medians ({@link JmhFigure}).
 */
final class TracesReport {

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
            options.warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        Map<String, JmhFigure> rows = JmhRun.inRounds(options, quick, run -> run.getParams().getParam("telemetry"));
        StringBuilder md = new StringBuilder();
        md.append(quick ? "JMH, one fork, 2 warm-up and 3 measurement iterations of 1 s: indicative only.\n\n"
                : JmhRun.described() + "; each time is the median of the " + JmhRun.measured() + " iterations with"
                        + " its 95% bootstrap interval, beside JMH's mean and error (99.9% confidence), as for the"
                        + " codecs.\n\n");
        md.append("| OpenTelemetry | median time per 500 (ns) [95%] | JMH mean ± error (ns) | allocated per 500 (bytes) |\n"
                + "|---|---:|---:|---:|\n");
        rows.forEach((telemetry, r) -> md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f |%n",
                telemetry, r.medianCell(), r.meanCell(), r.allocated())));
        JmhFigure absent = rows.get("absent");
        for (String other : new String[] {"idle", "traced"}) {
            JmhFigure row = rows.get(other);
            if (absent == null || row == null) {
                continue;
            }
            Interval ratio = JmhFigure.ratio(row, absent);
            String figure = String.format(Locale.ROOT, "%.2f× [%.2f–%.2f]", ratio.estimate(), ratio.low(), ratio.high());
            md.append("- ").append(other).append(" / absent: ").append(row.medianReliable() && absent.medianReliable()
                    ? figure : "*unreliable* (" + figure + ", from a median whose interval strays over 10%)").append('\n');
        }
        return md.toString();
    }
}
