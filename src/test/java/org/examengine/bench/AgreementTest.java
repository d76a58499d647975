package org.examengine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agreement figures the accuracy benchmark reports. */
class AgreementTest {

    private static List<Agreement.Pair> pairs(int[] a, int[] b) {
        List<Agreement.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            pairs.add(new Agreement.Pair(a[i], b[i]));
        }
        return pairs;
    }

    @Test
    void quadraticWeightedKappaAsTheConfusionMatrixFormulaGivesIt() {
        // 0.75 by the textbook formula: 1 - sum(w O) / sum(w E) over the 4 x 4 matrix, w = (i - j)^2
        Agreement a = Agreement.of(pairs(new int[] {0, 1, 2, 2, 3, 1, 0, 3}, new int[] {0, 2, 2, 1, 3, 1, 1, 2}));
        assertThat(a.qwk()).isCloseTo(0.75, within(1e-9));
        assertThat(a.exact()).isEqualTo(4 / 8.0);
        assertThat(a.answers()).isEqualTo(8);
    }

    @Test
    void perfectAgreementIsOneAndSwappedMarksAreNegative() {
        assertThat(Agreement.of(pairs(new int[] {0, 1, 2}, new int[] {0, 1, 2})).qwk()).isEqualTo(1.0);
        assertThat(Agreement.of(pairs(new int[] {0, 2}, new int[] {2, 0})).qwk()).isLessThan(0);
    }

    @Test
    void markersThatGiveOneMarkToEveryoneAgreeOnlyIfTheyMatch() {
        assertThat(Agreement.of(pairs(new int[] {1, 1}, new int[] {1, 1})).qwk()).isEqualTo(1.0);
        assertThat(Agreement.of(pairs(new int[] {1, 1}, new int[] {2, 2})).qwk()).isEqualTo(0.0);
    }

    @Test
    void fisherMeanAveragesOnTheZScale() {
        assertThat(Agreement.fisherMean(List.of(0.5, 0.5))).isCloseTo(0.5, within(1e-9));
        // z(0.9) = 1.4722, z(0.5) = 0.5493: mean 1.0108, tanh 0.7660, above the plain mean of 0.7
        assertThat(Agreement.fisherMean(List.of(0.9, 0.5))).isCloseTo(0.7660, within(1e-4));
        assertThat(Agreement.fisherMean(List.of(1.0))).isCloseTo(0.999, within(1e-9));
    }

    @Test
    void theSplitIsStableAndRoughlyHalf() {
        int development = 0;
        for (int id = 1; id <= 1000; id++) {
            development += new HumanMarkedAnswer(String.valueOf(id), "q", "", 0, Double.NaN).development() ? 1 : 0;
        }
        assertThat(development).isBetween(450, 550);
        assertThat(new HumanMarkedAnswer("1", "q", "", 0, 0).development())
                .isEqualTo(new HumanMarkedAnswer("1", "other", "text", 3, 3).development());
    }
}
