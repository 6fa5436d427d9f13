package dev.statusproblems.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.ListStatistics;

/**
 * One JMH benchmark's figures: JMH's mean time per operation and its error (its 99.9% confidence
 * interval), the allocation per operation, and every measured iteration's time with their median and
 * its 95% bootstrap interval. This machine slows whole iterations by half or more in bursts: the mean
 * and its error take every burst in, the median does not, so ratios and targets are judged on the
 * medians. Either is reliable only within a tenth of its figure.
 */
record JmhFigure(double score, double error, double allocated, double[] iterations, Interval median) {

    /** A figure whose error, or whose interval on either side, is larger than this share of it is not a result. */
    static final double RELIABLE = 0.10;

    /**
     * The figures of one benchmark over its {@code forks}, in their time unit: the mean and its error
     * as JMH computes them, over every measured iteration of every fork.
     */
    static JmhFigure of(List<RunResult> forks) {
        double[] iterations = forks.stream().flatMap(run -> run.getBenchmarkResults().stream())
                .flatMap(fork -> fork.getIterationResults().stream())
                .mapToDouble(iteration -> iteration.getPrimaryResult().getScore()).toArray();
        ListStatistics statistics = new ListStatistics(iterations);
        double allocated = forks.stream().map(run -> run.getSecondaryResults().get("gc.alloc.rate.norm"))
                .filter(Objects::nonNull).mapToDouble(Result::getScore).average().orElse(Double.NaN);
        return new JmhFigure(statistics.getMean(),
                iterations.length > 1 ? statistics.getMeanErrorAt(0.999) : Double.NaN, allocated, iterations,
                Bootstrap.median(iterations));
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

    /** {@code 1234 [1200–1300]}, marked unreliable unless {@link #medianReliable()}. */
    String medianCell() {
        return marked(String.format(Locale.ROOT, "%.0f [%.0f–%.0f]", median.estimate(), median.low(), median.high()),
                medianReliable());
    }

    /** {@code 1250 ± 40 (3%)}, marked unreliable unless {@link #reliable()}. */
    String meanCell() {
        return marked(Double.isNaN(error) ? String.format(Locale.ROOT, "%.0f", score)
                : String.format(Locale.ROOT, "%.0f ± %.0f (%.0f%%)", score, error, 100 * error / score), reliable());
    }

    private static String marked(String figure, boolean reliable) {
        return reliable ? figure : "*unreliable* (" + figure + ")";
    }

    /** {@code numerator / denominator} by their medians, each resampled on its own. */
    static Interval ratio(JmhFigure numerator, JmhFigure denominator) {
        return Bootstrap.ratioOfMedians(numerator.iterations(), denominator.iterations());
    }
}
