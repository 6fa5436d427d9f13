package dev.statusproblems.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The median of per-round figures (or the ratio of two samples' medians) with its 95%
 * percentile-bootstrap confidence interval: the values resampled with replacement 10,000 times from a
 * fixed seed, the median of each resample taken, and the 2.5th and 97.5th percentiles of those medians
 * given as the interval. The same values always give the same interval.
 */
final class Bootstrap {

    static final int RESAMPLES = 10_000;
    private static final long SEED = 20_260_913L;

    private Bootstrap() {
    }

    /** The median of {@code rounds} and its 95% bootstrap interval; needs at least one round. */
    static Interval median(double[] rounds) {
        return ratioOfMedians(rounds, new double[] {1});
    }

    /**
     * The ratio of two samples' medians and its 95% bootstrap interval, each sample resampled on its
     * own (they are independent measurements, not pairs); each needs at least one value.
     */
    static Interval ratioOfMedians(double[] numerator, double[] denominator) {
        if (numerator.length == 0 || denominator.length == 0) {
            throw new IllegalArgumentException("samples must not be empty");
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] ratios = new double[RESAMPLES];
        double[] n = new double[numerator.length];
        double[] d = new double[denominator.length];
        for (int i = 0; i < RESAMPLES; i++) {
            ratios[i] = medianOf(resample(numerator, n, random)) / medianOf(resample(denominator, d, random));
        }
        Arrays.sort(ratios);
        return new Interval(medianOf(numerator.clone()) / medianOf(denominator.clone()),
                ratios[(int) (0.025 * RESAMPLES)], ratios[(int) Math.ceil(0.975 * RESAMPLES) - 1]);
    }

    /** Fills {@code into} with values drawn from {@code sample} with replacement. */
    private static double[] resample(double[] sample, double[] into, SplittableRandom random) {
        for (int j = 0; j < into.length; j++) {
            into[j] = sample[random.nextInt(sample.length)];
        }
        return into;
    }

    /** Sorts {@code values} in place and returns their median. */
    private static double medianOf(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
