package dev.statusproblems.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final double[] ROUNDS = {0.97, 1.02, 0.99, 1.01, 0.95, 1.00, 0.98, 1.03, 0.96, 1.00, 0.99,
        1.04, 0.97, 1.01, 0.98};

    @Test
    void theBootstrapIntervalOfTheRoundsHoldsTheirMedianAndStaysWithinThem() {
        Interval interval = Bootstrap.median(ROUNDS);

        assertThat(interval.estimate()).isEqualTo(0.99);
        assertThat(interval.low()).isBetween(0.95, 0.99);
        assertThat(interval.high()).isBetween(0.99, 1.04);
    }

    @Test
    void theSameRoundsGiveTheSameInterval() {
        assertThat(Bootstrap.median(ROUNDS)).isEqualTo(Bootstrap.median(ROUNDS.clone()));
    }

    @Test
    void roundsThatAllAgreeGiveAnIntervalOfNoWidth() {
        assertThat(Bootstrap.median(new double[] {1.05, 1.05, 1.05})).isEqualTo(new Interval(1.05, 1.05, 1.05));
    }

    @Test
    void theRatioOfTwoSamplesMediansHoldsTheRatioOfTheirMediansAndStaysWithinTheirExtremes() {
        double[] slower = {1100, 1180, 1150, 1900, 1120, 1160, 1140, 2400};
        double[] faster = {560, 580, 590, 575, 980, 570, 585, 565};

        Interval ratio = Bootstrap.ratioOfMedians(slower, faster);

        assertThat(ratio.estimate()).isCloseTo(1155.0 / 577.5, within(1e-9));
        assertThat(ratio.low()).isBetween(1100.0 / 980, ratio.estimate());
        assertThat(ratio.high()).isBetween(ratio.estimate(), 2400.0 / 560);
    }

    @Test
    void aTargetIsMetOnlyWhenTheWholeIntervalMeetsIt() {
        Interval interval = new Interval(0.99, 0.96, 1.02);

        assertThat(interval.verdict(0.95, false)).isEqualTo("met");
        assertThat(interval.verdict(0.97, false)).isEqualTo("not shown: met by the figure, not by its interval");
        assertThat(interval.verdict(1.00, false)).isEqualTo("not met");
        assertThat(interval.verdict(1.02, true)).isEqualTo("met");
        assertThat(interval.verdict(1.00, true)).isEqualTo("not shown: met by the figure, not by its interval");
    }

    @Test
    void noHitInAHundredSamplesCannotShowAShareUnderOnePercent() {
        Interval share = Interval.proportion(0, 100);

        assertThat(share.estimate()).isZero();
        assertThat(share.low()).isZero();
        assertThat(share.high()).isCloseTo(0.037, within(0.001));
        assertThat(share.verdict(0.01, true)).isEqualTo("not shown: met by the figure, not by its interval");
    }

    @Test
    void noHitInAThousandSamplesShowsAShareUnderOnePercent() {
        assertThat(Interval.proportion(0, 1000).verdict(0.01, true)).isEqualTo("met");
    }
}
