package dev.statusproblems.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * Runs {@link CodecBenchmark} with the GC profiler and returns its figures, side by side, in Markdown.
 * Each benchmark is given twice: by JMH's mean and error (its 99.9% confidence interval), marked
 * unreliable where the error is more than a tenth of the mean; and by the median of its iterations with
 * a 95% bootstrap interval. This machine slows whole iterations by half or more in bursts: the mean and
 * its error take every burst in, the median does not, so the ratios and targets are judged on the
 * medians, a target met only when the ratio's whole interval meets it, and a median whose interval
 * strays more than a tenth from it is unreliable too.
 */
final class CodecReport {

    /** A figure whose error is larger than this share of it is not a result. */
    private static final double RELIABLE = 0.10;

    private CodecReport() {
    }

    /**
     * One benchmark's figures: JMH's mean time per operation and its error (ns), allocation per
     * operation (bytes), and every measured iteration's time (ns) with their median.
     */
    private record Row(double score, double error, double allocated, double[] iterations, Interval median) {

        Row(double score, double error, double allocated, double[] iterations) {
            this(score, error, allocated, iterations, Bootstrap.median(iterations));
        }

        /** JMH's rule: the mean's error within a tenth of it. */
        boolean reliable() {
            return !Double.isNaN(error) && error <= RELIABLE * score;
        }

        /** The same rule for the median: its whole interval within a tenth of it. */
        boolean medianReliable() {
            return median.high() - median.estimate() <= RELIABLE * median.estimate()
                    && median.estimate() - median.low() <= RELIABLE * median.estimate();
        }
    }

    /** Runs the benchmarks, adds each target's line to {@code targets} and returns the section. */
    static String run(boolean quick, List<Summary.Target> targets) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include(CodecBenchmark.class.getName()).addProfiler(GCProfiler.class)
                .timeUnit(TimeUnit.NANOSECONDS);
        if (quick) {
            options.forks(1).warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(500));
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, Row> rows = new LinkedHashMap<>();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            Result<?> primary = run.getPrimaryResult();
            Result<?> allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
            double[] iterations = run.getBenchmarkResults().stream()
                    .flatMap(fork -> fork.getIterationResults().stream())
                    .mapToDouble(iteration -> iteration.getPrimaryResult().getScore()).toArray();
            rows.put(name, new Row(primary.getScore(), primary.getScoreError(),
                    allocation != null ? allocation.getScore() : Double.NaN, iterations));
        }
        return markdown(rows, quick, targets);
    }

    private static String markdown(Map<String, Row> rows, boolean quick, List<Summary.Target> targets) {
        StringBuilder md = new StringBuilder();
        md.append(quick
                ? "JMH, one fork, quick mode (1 warm-up and 2 measurement iterations of 0.5 s): indicative only.\n\n"
                : JmhRun.described() + ". Each time is given by the median of the " + JmhRun.measured()
                        + " iterations with its 95% bootstrap interval, and by JMH's mean with its error (99.9%"
                        + " confidence). This machine slows whole iterations by half or more in bursts, which the"
                        + " mean and its error take in and the median does not: the ratios and targets are"
                        + " judged on the medians. A figure whose interval (or error) strays more than 10% from"
                        + " it is marked *unreliable* and is not a result, nor is any ratio made from it. A target"
                        + " is met only when the ratio's whole interval meets it.\n\n");
        md.append("| benchmark | median time per operation (ns) [95%] | JMH mean ± error (ns) |"
                + " allocated per operation (bytes) |\n")
                .append("|---|---:|---:|---:|\n");
        rows.forEach((name, r) -> md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f |%n", name,
                figure(String.format(Locale.ROOT, "%.0f [%.0f–%.0f]", r.median().estimate(), r.median().low(),
                        r.median().high()), r.medianReliable()),
                figure(Double.isNaN(r.error()) ? String.format(Locale.ROOT, "%.0f", r.score())
                        : String.format(Locale.ROOT, "%.0f ± %.0f (%.0f%%)", r.score(), r.error(),
                                100 * r.error() / r.score()), r.reliable()),
                r.allocated())));
        md.append('\n');
        String fastestWrite = faster(rows, "springJacksonWriteJson", "zalandoJacksonWriteJson");
        String fastestRead = faster(rows, "springJacksonReadJson", "zalandoJacksonReadJson");
        ratio(md, rows, "JSON write, fastest alternative (" + fastestWrite + ") / ours", fastestWrite,
                "oursWriteJson", 2, "≥ 2×", targets);
        ratio(md, rows, "JSON write of the suite's typical problem (404, detail, instance), Spring / ours",
                "springJacksonWriteTypicalJson", "oursWriteTypicalJson", 2, "≥ 2×", targets);
        Row write = rows.get("oursWriteJson");
        if (write != null) {
            md.append(String.format(Locale.ROOT, "- JSON write allocation: **%.0f bytes** per problem (target"
                    + " < 256: %s)%n", write.allocated(), write.allocated() < 256 ? "met" : "not met"));
            targets.add(new Summary.Target("JSON write, bytes allocated per problem",
                    String.format(Locale.ROOT, "%.0f", write.allocated()),
                    "< 256, " + (write.allocated() < 256 ? "met" : "not met")));
        }
        ratio(md, rows, "JSON write, ours / the floor (copying the same document's bytes)", "oursWriteJson",
                "floorCopyJson", Double.NaN, "", targets);
        ratio(md, rows, "JSON write of the typical problem, ours / its floor", "oursWriteTypicalJson",
                "floorCopyTypicalJson", Double.NaN, "", targets);
        ratio(md, rows, "JSON read, fastest alternative (" + fastestRead + ") / ours", fastestRead,
                "oursReadJson", 1.5, "≥ 1.5×", targets);
        ratio(md, rows, "JSON read, ours / one bare pass of JSON-P's parser (Parsson) over the same document,"
                + " nothing built (what the reader ours replaced began with)", "oursReadJson", "floorJsonpPassJson",
                Double.NaN, "", targets);
        ratio(md, rows, "XML write, our JSON / our XML (target: XML within 3× of JSON)", "oursWriteJson",
                "oursWriteXml", 1 / 3.0, "≥ 0.33", targets);
        ratio(md, rows, "XML read, our JSON / our XML (target: XML within 3× of JSON)", "oursReadJson",
                "oursReadXml", 1 / 3.0, "≥ 0.33", targets);
        ratio(md, rows, "XML read, ours / one bare pass of the JDK's StAX reader over the same document, nothing"
                + " built (what the reader ours replaced began with)", "oursReadXml", "floorStaxPassXml", Double.NaN,
                "", targets);
        ratio(md, rows, "a 404's exception (no stack trace) / any exception with one", "oursNotFoundToException",
                "jdkRuntimeException", Double.NaN, "", targets);
        ratio(md, rows, "a 503's exception (with its stack trace) / a 404's (without)", "oursServerErrorToException",
                "oursNotFoundToException", Double.NaN, "", targets);
        return md.toString();
    }

    private static String figure(String figure, boolean reliable) {
        return reliable ? figure : "*unreliable* (" + figure + ")";
    }

    private static String faster(Map<String, Row> rows, String a, String b) {
        Row first = rows.get(a);
        Row second = rows.get(b);
        return first == null || (second != null && second.median().estimate() < first.median().estimate()) ? b : a;
    }

    /** A line {@code label: numerator / denominator}, with its target if {@code target} is a number. */
    private static void ratio(StringBuilder md, Map<String, Row> rows, String label, String numerator,
            String denominator, double target, String targetText, List<Summary.Target> targets) {
        Row n = rows.get(numerator);
        Row d = rows.get(denominator);
        if (n == null || d == null) {
            return;
        }
        Interval ratio = Bootstrap.ratioOfMedians(n.iterations(), d.iterations());
        boolean reliable = n.medianReliable() && d.medianReliable();
        String figure = String.format(Locale.ROOT, "%.2f× [%.2f–%.2f]", ratio.estimate(), ratio.low(), ratio.high());
        String verdict;
        md.append("- ").append(label).append(": ");
        if (reliable) {
            verdict = ratio.verdict(target, false);
            md.append("**").append(figure.replace(" [", "** ["));
        } else {
            figure = "*unreliable* (" + figure + ", from a median whose interval strays over 10%)";
            verdict = "not measured";
            md.append(figure);
        }
        md.append(String.format(Locale.ROOT, "; by JMH's means %.2f×%s", n.score() / d.score(),
                n.reliable() && d.reliable() ? "" : " (from a mean whose error is over 10%)"));
        if (!Double.isNaN(target)) {
            md.append(" (target ").append(targetText).append(": ").append(verdict).append(')');
        }
        md.append('\n');
        if (!Double.isNaN(target)) {
            targets.add(new Summary.Target(label, figure, targetText + ", " + verdict));
        }
    }
}
