package org.examengine.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void cohensKappaUnweightedAndQuadratic() {
        // (marker, examiner): (0,0) (1,1) (2,1) (1,1) (0,1) (2,2); n = 6, same mark 4 times: po = 4/6 = 66.67 %.
        // marker gave 0, 1, 2 twice each; examiner 0 once, 1 four times, 2 once.
        // pe = (2x1 + 2x4 + 2x1) / 36 = 12/36 = 1/3; kappa = (2/3 - 1/3) / (1 - 1/3) = 0.5.
        // quadratic: observed disagreement (2,1) and (0,1), weight 1 each: 2.
        //   expected sum (i-j)^2 a_i b_j / n with a = (2,2,2), b = (1,4,1):
        //   i=0: 1x2x4 + 4x2x1 = 16; i=1: 1x2x1 + 1x2x1 = 4; i=2: 4x2x1 + 1x2x4 = 16; total 36 / 6 = 6.
        //   weighted kappa = 1 - 2/6 = 0.666667.
        Agreement a = Agreement.of(List.of(pair(0, 0), pair(1, 1), pair(2, 1), pair(1, 1), pair(0, 1), pair(2, 2)));
        assertThat(a.n()).isEqualTo(6);
        assertThat(a.exact()).isEqualTo(4);
        assertThat(a.exactShare()).isCloseTo(66.666667, within(1e-5));
        assertThat(a.kappa()).isCloseTo(0.5, within(1e-9));
        assertThat(a.weightedKappa()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void noPairsAndNoVariationAreUndefined() {
        assertThat(Agreement.of(List.of()).kappa()).isNaN();
        // everyone 1 by both: po = pe = 1, kappa undefined, agreement 100 %.
        Agreement same = Agreement.of(List.of(pair(1, 1), pair(1, 1)));
        assertThat(same.exactShare()).isEqualTo(100.0);
        assertThat(same.kappa()).isNaN();
    }

    private static MarkPair pair(int marker, int examiner) {
        return new MarkPair("C", "Q1", 2, marker, examiner);
    }
}
