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
 * A figure whose error (JMH's 99.9% confidence interval) is more than a tenth of it is reported as
 * unreliable, and so is every ratio made from it; a target counts as met only when the ratio's
 * worst case within those intervals meets it.
 */
final class CodecReport {

    /** A figure whose error is larger than this share of it is not a result. */
    private static final double RELIABLE = 0.10;

    private CodecReport() {
    }

    /** One benchmark's figures: time per operation and its error (ns), allocation per operation (bytes). */
    private record Row(double score, double error, double allocated) {

        boolean reliable() {
            return !Double.isNaN(error) && error <= RELIABLE * score;
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
            rows.put(name, new Row(primary.getScore(), primary.getScoreError(),
                    allocation != null ? allocation.getScore() : Double.NaN));
        }
        return markdown(rows, quick, targets);
    }

    private static String markdown(Map<String, Row> rows, boolean quick, List<Summary.Target> targets) {
        StringBuilder md = new StringBuilder();
        md.append(quick
                ? "JMH, one fork, quick mode (1 warm-up and 2 measurement iterations of 0.5 s): indicative only.\n\n"
                : JmhRun.described() + ". The error is JMH's 99.9% confidence interval over the "
                        + JmhRun.measured() + " iterations; a figure whose error is more"
                        + " than 10% of it is marked *unreliable* and is not a result, nor is any ratio made from"
                        + " it. A target is met only when the ratio still meets it at the unfavourable end of"
                        + " both intervals.\n\n");
        md.append("| benchmark | time per operation (ns) | error | allocated per operation (bytes) |\n")
                .append("|---|---:|---:|---:|\n");
        rows.forEach((name, r) -> md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f |%n", name,
                r.reliable() ? String.format(Locale.ROOT, "%.0f", r.score())
                        : String.format(Locale.ROOT, "*unreliable* (%.0f)", r.score()),
                Double.isNaN(r.error()) ? "" : String.format(Locale.ROOT, "± %.0f (%.0f%%)", r.error(),
                        100 * r.error() / r.score()), r.allocated())));
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

    private static String faster(Map<String, Row> rows, String a, String b) {
        Row first = rows.get(a);
        Row second = rows.get(b);
        return first == null || (second != null && second.score() < first.score()) ? b : a;
    }

    /** A line {@code label: numerator / denominator}, with its target if {@code target} is a number. */
    private static void ratio(StringBuilder md, Map<String, Row> rows, String label, String numerator,
            String denominator, double target, String targetText, List<Summary.Target> targets) {
        Row n = rows.get(numerator);
        Row d = rows.get(denominator);
        if (n == null || d == null) {
            return;
        }
        double ratio = n.score() / d.score();
        boolean reliable = n.reliable() && d.reliable();
        md.append("- ").append(label).append(": ");
        String figure;
        String verdict;
        if (!reliable) {
            figure = String.format(Locale.ROOT, "*unreliable* (%.2f×, from a figure whose error is over 10%%)",
                    ratio);
            verdict = "not measured";
            md.append(figure);
        } else {
            double low = (n.score() - n.error()) / (d.score() + d.error());
            double high = (n.score() + n.error()) / (d.score() - d.error());
            figure = String.format(Locale.ROOT, "%.2f× [%.2f–%.2f]", ratio, low, high);
            verdict = low >= target ? "met" : ratio >= target ? "not shown: met by the figures, not by"
                    + " the low end of their intervals" : "not met";
            md.append("**").append(figure.replace(" [", "** ["));
            if (!Double.isNaN(target)) {
                md.append(" (target ").append(targetText).append(": ").append(verdict).append(')');
            }
        }
        if (!reliable && !Double.isNaN(target)) {
            md.append(" (target ").append(targetText).append(": not measured)");
        }
        md.append('\n');
        if (!Double.isNaN(target)) {
            targets.add(new Summary.Target(label, figure, targetText + ", " + verdict));
        }
    }
}
