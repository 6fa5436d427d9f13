package dev.statusproblems.benchmarks;

import java.util.Locale;

/**
 * A figure and its 95% confidence interval. A target counts as met only when the whole interval
 * meets it.
 */
record Interval(double estimate, double low, double high) {

    /** Whether the whole interval is at or above {@code target}. */
    boolean atLeast(double target) {
        return low >= target;
    }

    /** Whether the whole interval is at or below {@code target}. */
    boolean atMost(double target) {
        return high <= target;
    }

    /**
     * The 95% Wilson score interval of a proportion, {@code hits} of {@code trials}: it stays within
     * [0, 1] and is not empty at 0 hits, where the plain normal one is.
     */
    static Interval proportion(int hits, int trials) {
        if (trials == 0) {
            return new Interval(0, 0, 1);
        }
        double z = 1.959964;
        double p = hits / (double) trials;
        double denominator = 1 + z * z / trials;
        double centre = (p + z * z / (2.0 * trials)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / trials + z * z / (4.0 * trials * trials)) / denominator;
        return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** {@code 0.983 [0.951–1.002]}, to three decimals. */
    String ratio() {
        return String.format(Locale.ROOT, "%.3f [%.3f–%.3f]", estimate, low, high);
    }

    /** {@code 0.4% [0.0–1.2%]}, of a proportion. */
    String percent() {
        return String.format(Locale.ROOT, "%.1f%% [%.1f–%.1f%%]", 100 * estimate, 100 * low, 100 * high);
    }

    /**
     * Whether the interval meets {@code target} (at least it, or at most it when {@code atMost}): "met",
     * "not shown by its interval" when the figure meets it and the interval does not, else "not met".
     */
    String verdict(double target, boolean atMost) {
        boolean byInterval = atMost ? atMost(target) : atLeast(target);
        boolean byFigure = atMost ? estimate <= target : estimate >= target;
        return byInterval ? "met" : byFigure ? "not shown: met by the figure, not by its interval" : "not met";
    }
}
