package org.examengine.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Test statistics against values worked out by hand, on the four candidates of {@link ItemAnalysisTest}:
 * totals 5 4 1 1 of 5 marks, three questions.
 */
class PaperStatisticsTest {

    private final PaperStatistics stats = PaperStatistics.of(Sets.of(ItemAnalysisTest.MAX, ItemAnalysisTest.TOPICS,
            ItemAnalysisTest.MARKS));

    @Test
    void meanMedianAndStandardDeviation() {
        // mean (5+4+1+1)/4 = 2.75; median of 1 1 4 5 = (1+4)/2 = 2.5.
        // deviations 2.25 1.25 -1.75 -1.75; squares 5.0625+1.5625+3.0625+3.0625 = 12.75; sd = sqrt(12.75/3) = 2.061553.
        assertThat(stats.n()).isEqualTo(4);
        assertThat(stats.mean()).isCloseTo(2.75, within(1e-9));
        assertThat(stats.percent(stats.mean())).isCloseTo(55.0, within(1e-9));
        assertThat(stats.median()).isCloseTo(2.5, within(1e-9));
        assertThat(stats.sd()).isCloseTo(2.061553, within(1e-6));
    }

    @Test
    void skewnessAndKurtosisAsMoodleComputesThem() {
        // cubes 11.390625+1.953125-5.359375-5.359375 = 2.625; fourth powers 25.628906+2.441406+9.378906+9.378906
        //   = 46.828125. m2 = 12.75/4 = 3.1875, m3 = 2.625/4 = .65625, m4 = 46.828125/4 = 11.707031.
        // k2 = 4 x 3.1875 / 3 = 4.25; k3 = 16 x .65625 / (3 x 2) = 1.75; skewness = 1.75 / 4.25^1.5 = 1.75 / 8.761565
        //   = 0.199736.
        // k4 = 16 x (5 x 11.707031 - 3 x 3 x 3.1875^2) / (3 x 2 x 1) = 16 x (58.535156 - 91.441406) / 6 = -87.75;
        //   kurtosis = -87.75 / 4.25^2 = -87.75 / 18.0625 = -4.858131.
        assertThat(stats.skewness()).isCloseTo(0.199736, within(1e-6));
        assertThat(stats.kurtosis()).isCloseTo(-4.858131, within(1e-6));
    }

    @Test
    void internalConsistencyAndStandardError() {
        // item variances (n - 1): Q1 1/3, Q2 2/3, Q3 2.75/3 = .916667; sum 1.916667. Variance of totals k2 = 4.25.
        // CIC = 100 x 3/2 x (1 - 1.916667/4.25) = 150 x (1 - .450980) = 82.352941 %.
        // error ratio = 100 x sqrt(1 - .823529) = 100 x sqrt(.176471) = 42.008403 %.
        // standard error = .420084 x 2.061553 = 0.866025 marks.
        assertThat(stats.cic()).isCloseTo(82.352941, within(1e-5));
        assertThat(stats.errorRatio()).isCloseTo(42.008403, within(1e-5));
        assertThat(stats.standardError()).isCloseTo(0.866025, within(1e-6));
    }

    @Test
    void tooFewCandidatesGiveNoHigherMoments() {
        // two candidates: sd from n - 1 = 1 is defined; skewness needs 3, kurtosis 4.
        PaperStatistics two = PaperStatistics.of(Sets.of(new int[] {1, 1}, new String[] {"FL", "FM"},
                new int[][] {{1, 1}, {0, 1}}));
        assertThat(two.sd()).isCloseTo(Math.sqrt(0.5), within(1e-9));
        assertThat(two.skewness()).isNaN();
        assertThat(two.kurtosis()).isNaN();
    }
}
