package org.examengine.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.examengine.report.ItemResult;
import org.examengine.report.MarkedBy;
import org.examengine.report.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * Item statistics against values worked out by hand. Four candidates, three questions of 1, 2 and 2 marks:
 * <pre>
 *        Q1 Q2 Q3  total
 *   C1    1  2  2    5
 *   C2    1  1  2    4
 *   C3    0  1  0    1
 *   C4    0  0  1    1
 * </pre>
 * For each question x is its column and y the rest of the paper (total - x). Variances and covariances divide
 * by n - 1 = 3.
 */
class ItemAnalysisTest {

    static final int[] MAX = {1, 2, 2};
    static final String[] TOPICS = {"FL", "FM", "FM"};
    static final int[][] MARKS = {{1, 2, 2}, {1, 1, 2}, {0, 1, 0}, {0, 0, 1}};
    private static final Offset<Double> CLOSE = within(1e-6);

    private final List<ItemStatistics> items = new ItemAnalysis(Thresholds.MOODLE).analyse(Sets.of(MAX, TOPICS, MARKS));

    @Test
    void question1() {
        // x = 1 1 0 0, mean 0.5: facility 0.5 / 1 = 50 %.
        // x - mean = .5 .5 -.5 -.5; squares sum 1; var x = 1/3; sd = sqrt(1/3) = 0.577350 -> 57.7350 % of 1 mark.
        // y = 4 3 1 1, mean 2.25; y - mean = 1.75 .75 -1.25 -1.25; squares 3.0625+.5625+1.5625+1.5625 = 6.75;
        //   var y = 2.25.
        // products (x-mx)(y-my) = .875 .375 .625 .625, sum 2.5; cov = 2.5/3 = 0.833333.
        // discrimination = 0.833333 / sqrt(1/3 x 2.25) = 0.833333 / 0.866025 = 0.962250 -> 96.2250 %.
        // sorted x 0 0 1 1 against sorted y 1 1 3 4: products .625 .625 .375 .875 = 2.5, so cov max = cov:
        //   efficiency 100 %.
        ItemStatistics q1 = items.get(0);
        assertThat(q1.n()).isEqualTo(4);
        assertThat(q1.meanMark()).isCloseTo(0.5, CLOSE);
        assertThat(q1.facility()).isCloseTo(50.0, CLOSE);
        assertThat(q1.sd()).isCloseTo(57.735027, within(1e-5));
        assertThat(q1.discrimination()).isCloseTo(96.225045, within(1e-5));
        assertThat(q1.efficiency()).isCloseTo(100.0, CLOSE);
        assertThat(q1.flags()).isEmpty();
    }

    @Test
    void question2() {
        // x = 2 1 1 0, mean 1: facility 1/2 = 50 %. x - mean = 1 0 0 -1, squares 2, var 2/3;
        //   sd = sqrt(2/3) = 0.816497, / 2 marks = 40.8248 %.
        // y = 3 3 0 1, mean 1.75; y - mean = 1.25 1.25 -1.75 -.75; squares 1.5625+1.5625+3.0625+.5625 = 6.75, var 2.25.
        // products 1.25 0 0 .75 = 2; cov 2/3.
        // discrimination = (2/3) / sqrt(2/3 x 2.25) = 0.666667 / 1.224745 = 0.544331 -> 54.4331 %.
        // sorted x 0 1 1 2 (dev -1 0 0 1), sorted y 0 1 3 3 (dev -1.75 -.75 1.25 1.25): products 1.75 0 0 1.25 = 3,
        //   cov max 1; efficiency (2/3) / 1 = 66.6667 %.
        ItemStatistics q2 = items.get(1);
        assertThat(q2.facility()).isCloseTo(50.0, CLOSE);
        assertThat(q2.sd()).isCloseTo(40.824829, within(1e-5));
        assertThat(q2.discrimination()).isCloseTo(54.433105, within(1e-5));
        assertThat(q2.efficiency()).isCloseTo(66.666667, within(1e-5));
    }

    @Test
    void question3() {
        // x = 2 2 0 1, mean 1.25: facility 1.25 / 2 = 62.5 %. x - mean = .75 .75 -1.25 -.25; squares
        //   .5625+.5625+1.5625+.0625 = 2.75, var 0.916667; sd 0.957427 / 2 = 47.8714 %.
        // y = 3 2 1 0, mean 1.5; y - mean = 1.5 .5 -.5 -1.5; squares 5, var 1.666667.
        // products 1.125 .375 .625 .375 = 2.5; cov 0.833333.
        // discrimination = 0.833333 / sqrt(0.916667 x 1.666667) = 0.833333 / 1.236033 = 0.674200 -> 67.4200 %.
        // sorted x 0 1 2 2 (dev -1.25 -.25 .75 .75), sorted y 0 1 2 3 (dev -1.5 -.5 .5 1.5):
        //   products 1.875 .125 .375 1.125 = 3.5, cov max 1.166667; efficiency .833333 / 1.166667 = 71.4286 %.
        ItemStatistics q3 = items.get(2);
        assertThat(q3.facility()).isCloseTo(62.5, CLOSE);
        assertThat(q3.sd()).isCloseTo(47.871355, within(1e-5));
        assertThat(q3.discrimination()).isCloseTo(67.419986, within(1e-5));
        assertThat(q3.efficiency()).isCloseTo(71.428571, within(1e-5));
    }

    @Test
    void aQuestionTheWeakDoBetterOnIsFlaggedAsNotDiscriminating() {
        // Q2 is the reverse of the rest: x = 0 0 2 2 against rest = Q1 = 1 1 0 0.
        // x - mean = -1 -1 1 1; rest - mean = .5 .5 -.5 -.5; products -.5 x 4 = -2: cov -2/3, negative correlation
        //   (-1: the marks are exactly reversed): discrimination -100 %.
        List<ItemStatistics> reversed = new ItemAnalysis(Thresholds.MOODLE).analyse(Sets.of(new int[] {1, 2},
                new String[] {"FL", "FM"}, new int[][] {{1, 0}, {1, 0}, {0, 2}, {0, 2}}));
        assertThat(reversed.get(1).discrimination()).isCloseTo(-100.0, CLOSE);
        assertThat(reversed.get(1).flags()).contains(Flag.NOT_DISCRIMINATING, Flag.LOW_EFFICIENCY);
    }

    @Test
    void facilityFlagsAtMoodlesThresholds() {
        // Q1 everyone 1 of 1: facility 100 % > 90, too easy; no spread: sd 0, discrimination undefined (NaN).
        // Q2 one candidate of 10 earns 1 of 2: mean .1, facility 5 % < 20, too hard.
        int[][] marks = new int[10][];
        for (int c = 0; c < 10; c++) {
            marks[c] = new int[] {1, c == 0 ? 1 : 0};
        }
        List<ItemStatistics> s = new ItemAnalysis(Thresholds.MOODLE).analyse(Sets.of(new int[] {1, 2},
                new String[] {"FL", "FM"}, marks));
        assertThat(s.get(0).flags()).containsExactly(Flag.TOO_EASY);
        assertThat(s.get(0).discrimination()).isNaN();
        assertThat(s.get(1).facility()).isCloseTo(5.0, CLOSE);
        assertThat(s.get(1).flags()).contains(Flag.TOO_HARD);
    }

    @Test
    void pointFacilityReviewShareAndExaminerChanges() {
        // Q1 (2 marks), grid points a, b, c; four candidates:
        //   C1 credited a, b (sure); C2 credited a (review, examiner gave 2 instead of 1);
        //   C3 credited nothing (review); C4 no answer row.
        // a: 2 of 4 = 50 %; b: 1 of 4 = 25 %; c: 0 %. Review: 2 of the 3 answer rows = 66.67 %. Changed: 1.
        int[] max = {2};
        String[] topics = {"FL"};
        ResultSet set = Sets.of(max, topics, List.of(
                Sets.candidate("C1", 1, List.of(result(2, 2, false, MarkedBy.MARKER, "a", "b")), max, List.of()),
                Sets.candidate("C2", 2, List.of(result(2, 1, true, MarkedBy.EXAMINER, "a")), max, List.of()),
                Sets.candidate("C3", 3, List.of(result(0, 0, true, MarkedBy.MARKER)), max, List.of()),
                Sets.candidate("C4", 4, List.of(new ItemResult("Q1", 0, 2, false, false, MarkedBy.MARKER, 0, false,
                        List.of(), List.of(), false)), max, List.of())));

        ItemStatistics q1 = new ItemAnalysis(Thresholds.MOODLE, Map.of("Q1", List.of("a", "b", "c"))).analyse(set).get(0);

        assertThat(q1.points()).containsExactly(new PointFacility("a", 2, 50.0), new PointFacility("b", 1, 25.0),
                new PointFacility("c", 0, 0.0));
        assertThat(q1.review()).isEqualTo(2);
        assertThat(q1.reviewShare()).isCloseTo(200.0 / 3, CLOSE);
        assertThat(q1.changed()).isEqualTo(1);
        assertThat(q1.answered()).isEqualTo(3);
    }

    private static ItemResult result(int mark, int markerMark, boolean review, MarkedBy by, String... points) {
        return new ItemResult("Q1", mark, 2, true, true, by, markerMark, review, List.of(), List.of(points), false);
    }
}
