package org.examengine.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.examengine.report.ResultSet;
import org.examengine.source.ExamException;
import org.examengine.syllabus.Syllabus;
import org.junit.jupiter.api.Test;

class BankHistoryTest {

    private static ResultStatistics stats(ResultSet set) {
        return ResultStatistics.of(set, Thresholds.MOODLE, Map.of(), null, Syllabus.standard());
    }

    @Test
    void aQuestionOnTwoPapersIsPooledOverBoth() {
        // Sitting A: the four candidates of ItemAnalysisTest: Q1 (1 mark) facility 50 %, discrimination 96.2250 %.
        // Sitting B: Q1 and Q9 (1 mark each), two candidates: C1 1 1, C2 1 0. Q1: mean 1, facility 100 %, no spread,
        //   discrimination undefined.
        // Pooled Q1: marks earned 2 (A) + 2 (B) = 4 of 4 x 1 + 2 x 1 = 6: facility 66.6667 %, n 6.
        //   discrimination: the only defined one, A's, weighted by its n: 96.2250 %.
        ResultStatistics a = stats(Sets.of(ItemAnalysisTest.MAX, ItemAnalysisTest.TOPICS, ItemAnalysisTest.MARKS));
        ResultSet bSet = Sets.of(new int[] {1, 1}, new String[] {"FL", "FM"}, new int[][] {{1, 1}, {1, 0}});
        ResultSet renamed = new ResultSet(bSet.source(), bSet.paper(), bSet.fingerprint(), List.of(bSet.items().get(0),
                new org.examengine.report.Item("Q9", "2", 1, "FM", 1, "1.1")), bSet.candidates().stream()
                .map(c -> new org.examengine.report.CandidateResult(c.candidate(), c.line(), c.total(), c.max(), c.percent(),
                        c.grade(), c.codes(), List.of(c.item(0), rename(c.item(1))))).toList());

        List<QuestionHistory> history = BankHistory.merge(List.of(a, stats(renamed)), List.of("a", "b"));

        assertThat(history).extracting(QuestionHistory::question).containsExactly("Q1", "Q2", "Q3", "Q9");
        QuestionHistory q1 = history.get(0);
        assertThat(q1.n()).isEqualTo(6);
        assertThat(q1.facility()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(q1.discrimination()).isCloseTo(96.225045, within(1e-5));
        assertThat(q1.sittings()).extracting(SittingFigures::sitting).containsExactly("a", "b");
        assertThat(q1.sittings().get(1).facility()).isEqualTo(100.0);
        assertThat(history.get(3).sittings()).singleElement().extracting(SittingFigures::sitting).isEqualTo("b");
    }

    @Test
    void weightedDiscriminationOverTwoSittings() {
        // The same set twice with 4 and 8 (the four candidates twice over) candidates: Q3's discrimination is
        // 67.4200 % in both (duplicating every candidate scales every sum alike), so the weighted mean is 67.4200 %.
        int[][] twice = new int[8][];
        for (int c = 0; c < 8; c++) {
            twice[c] = ItemAnalysisTest.MARKS[c % 4];
        }
        ResultStatistics four = stats(Sets.of(ItemAnalysisTest.MAX, ItemAnalysisTest.TOPICS, ItemAnalysisTest.MARKS));
        ResultStatistics eight = stats(Sets.of(ItemAnalysisTest.MAX, ItemAnalysisTest.TOPICS, twice));
        QuestionHistory q3 = BankHistory.merge(List.of(four, eight), List.of("x", "y")).get(2);
        assertThat(q3.n()).isEqualTo(12);
        assertThat(q3.discrimination()).isCloseTo(67.419986, within(1e-5));
        assertThat(q3.facility()).isCloseTo(62.5, within(1e-9));
    }

    @Test
    void setsOfTwoLevelsAreNotMerged() {
        ResultStatistics two = stats(Sets.of(new int[] {1}, new String[] {"FL"}, new int[][] {{1}}));
        ResultSet s = Sets.of(new int[] {1}, new String[] {"FL"}, new int[][] {{1}});
        var p = s.paper();
        ResultSet level3 = new ResultSet(s.source(), new org.examengine.paper.Paper("L3-1", 3, "113", 1, "x", 120, 5, 1,
                p.questions(), p.scenarios(), p.grading()), s.fingerprint(), s.items(), s.candidates());
        assertThatThrownBy(() -> BankHistory.merge(List.of(two, stats(level3)), List.of("r2", "r3")))
                .isInstanceOf(ExamException.class).hasMessageContaining("r3: results of a Level 3 paper cannot be merged");
    }

    private static org.examengine.report.ItemResult rename(org.examengine.report.ItemResult r) {
        return new org.examengine.report.ItemResult("Q9", r.mark(), r.max(), r.answered(), r.hasRow(), r.markedBy(),
                r.markerMark(), r.review(), r.reasons(), r.points(), r.misread());
    }
}
