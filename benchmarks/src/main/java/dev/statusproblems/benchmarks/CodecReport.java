package dev.statusproblems.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CodecBenchmark} with the GC profiler and returns its figures, side by side, in Markdown:
 * each benchmark by its median and by JMH's mean ({@link JmhFigure}), ratios and targets by the medians,
 * a target met only when the ratio's whole interval meets it.
 */
final class CodecReport {

    private CodecReport() {
    }

    /** Runs the benchmarks, adds each target's line to {@code targets} and returns the section. */
    static String run(boolean quick, List<Summary.Target> targets) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include(CodecBenchmark.class.getName()).addProfiler(GCProfiler.class)
                .timeUnit(TimeUnit.NANOSECONDS);
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(500));
        }
        Map<String, JmhFigure> rows = JmhRun.inRounds(options, quick, run -> {
            String name = run.getParams().getBenchmark();
            return name.substring(name.lastIndexOf('.') + 1);
        });
        return markdown(rows, quick, targets);
    }

    private static String markdown(Map<String, JmhFigure> rows, boolean quick, List<Summary.Target> targets) {
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
                r.medianCell(), r.meanCell(), r.allocated())));
        md.append('\n');
        String fastestWrite = faster(rows, "springJacksonWriteJson", "zalandoJacksonWriteJson");
        String fastestRead = faster(rows, "springJacksonReadJson", "zalandoJacksonReadJson");
        ratio(md, rows, "JSON write, fastest alternative (" + fastestWrite + ") / ours", fastestWrite,
                "oursWriteJson", 2, "≥ 2×", targets);
        ratio(md, rows, "JSON write of the suite's typical problem (404, detail, instance), Spring / ours",
                "springJacksonWriteTypicalJson", "oursWriteTypicalJson", 2, "≥ 2×", targets);
        JmhFigure write = rows.get("oursWriteJson");
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

    private static String faster(Map<String, JmhFigure> rows, String a, String b) {
        JmhFigure first = rows.get(a);
        JmhFigure second = rows.get(b);
        return first == null || (second != null && second.median().estimate() < first.median().estimate()) ? b : a;
    }

    /** A line {@code label: numerator / denominator}, with its target if {@code target} is a number. */
    private static void ratio(StringBuilder md, Map<String, JmhFigure> rows, String label, String numerator,
            String denominator, double target, String targetText, List<Summary.Target> targets) {
        JmhFigure n = rows.get(numerator);
        JmhFigure d = rows.get(denominator);
        if (n == null || d == null) {
            return;
        }
        Interval ratio = JmhFigure.ratio(n, d);
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
