package dev.statusproblems.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The median of per-round figures with its 95% percentile-bootstrap confidence interval: the rounds
 * resampled with replacement 10,000 times from a fixed seed, the median of each resample taken, and
 * the 2.5th and 97.5th percentiles of those medians given as the interval. The same rounds always
 * give the same interval.
 */
final class Bootstrap {

    static final int RESAMPLES = 10_000;
    private static final long SEED = 20_260_913L;

    private Bootstrap() {
    }

    /** The median of {@code rounds} and its 95% bootstrap interval; needs at least one round. */
    static Interval median(double[] rounds) {
        if (rounds.length == 0) {
            throw new IllegalArgumentException("rounds must not be empty");
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] medians = new double[RESAMPLES];
        double[] resample = new double[rounds.length];
        for (int i = 0; i < RESAMPLES; i++) {
            for (int j = 0; j < resample.length; j++) {
                resample[j] = rounds[random.nextInt(rounds.length)];
            }
            medians[i] = medianOf(resample);
        }
        Arrays.sort(medians);
        return new Interval(medianOf(rounds.clone()), medians[(int) (0.025 * RESAMPLES)],
                medians[(int) Math.ceil(0.975 * RESAMPLES) - 1]);
    }

    /** Sorts {@code values} in place and returns their median. */
    private static double medianOf(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
