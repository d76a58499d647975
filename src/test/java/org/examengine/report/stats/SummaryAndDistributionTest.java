package org.examengine.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.examengine.grading.Grade;
import org.examengine.report.ItemResult;
import org.examengine.report.MarkedBy;
import org.examengine.report.ResultSet;
import org.examengine.syllabus.Syllabus;
import org.junit.jupiter.api.Test;

class SummaryAndDistributionTest {

    @Test
    void gradesCodesAndTopicAttainment() {
        // Paper: Q1 FL 2 marks, Q2 FM 2 marks, Q3 FM 1 mark (5). Topic threshold 50 %.
        //   C1 2 2 1 = 5 (100 %, First Class); C2 1 1 1 = 3 (60 %, Pass); C3 0 1 0 = 1 (20 %, Fail, codes FL FM)
        // FL (2 marks): 100 %, 50 %, 0 % -> mean 50 %; below 50 %: C3 only (0 < 1) -> 1.
        // FM (3 marks): 3/3, 2/3, 1/3 -> 100, 66.67, 33.33, mean 66.67 %; below: C3 (1 x 100 < 50 x 3) -> 1.
        int[] max = {2, 2, 1};
        ResultSet set = Sets.of(max, new String[] {"FL", "FM", "FM"}, List.of(
                Sets.candidate("C1", 1, items(2, 2, 1), max, List.of()),
                Sets.candidate("C2", 2, items(1, 1, 1), max, List.of()),
                Sets.candidate("C3", 3, items(0, 1, 0), max, List.of("FL", "FM"))));

        CentreSummary s = CentreSummary.of(set, Syllabus.standard());

        assertThat(s.candidates()).isEqualTo(3);
        assertThat(s.grades()).containsExactly(java.util.Map.entry(Grade.FAIL, 1), java.util.Map.entry(Grade.PASS, 1),
                java.util.Map.entry(Grade.FIRST_CLASS_PASS, 1));
        assertThat(s.codes()).containsEntry("FL", 1).containsEntry("FM", 1).containsEntry("AA", 0)
                .doesNotContainKey("FR");
        assertThat(s.codes().keySet()).startsWith("AA");
        assertThat(s.topics()).extracting(TopicAttainment::topic).containsExactly("FL", "FM");
        assertThat(s.topics().get(0).meanPercent()).isCloseTo(50.0, within(1e-9));
        assertThat(s.topics().get(0).below()).isEqualTo(1);
        assertThat(s.topics().get(1).meanPercent()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(s.topics().get(1).marks()).isEqualTo(3);
        assertThat(s.topics().get(1).below()).isEqualTo(1);
    }

    @Test
    void binsMeetTheBoundaries() {
        // A 25-mark paper (defaults: pass 60 % = 15 marks, first class 80 % = 20 marks).
        // edges 0 10 20 ... 100 (60 and 80 are already edges): 10 bins. 55 % of 25 = 13.75 -> lowest whole total 14.
        // totals 14 (56 %: bin 50-60), 15 (60 %: bin 60-70, Pass), 25 (100 %: last bin 90-100), 0 (bin 0-10).
        int[] max = {25};
        ResultSet set = Sets.of(max, new String[] {"FL"}, new int[][] {{14}, {15}, {25}, {0}});

        Distribution d = Distribution.of(set);

        assertThat(d.passMark()).isEqualTo(15);
        assertThat(d.firstClassMark()).isEqualTo(20);
        assertThat(d.bins()).hasSize(10);
        assertThat(d.bins().get(5)).isEqualTo(new Distribution.Bin(50, 60, 13, 14, 1, Grade.FAIL));
        assertThat(d.bins().get(6)).isEqualTo(new Distribution.Bin(60, 70, 15, 17, 1, Grade.PASS));
        assertThat(d.bins().get(9)).isEqualTo(new Distribution.Bin(90, 100, 23, 25, 1, Grade.FIRST_CLASS_PASS));
        assertThat(d.bins().get(0).count()).isEqualTo(1);
        assertThat(d.bins().stream().mapToInt(Distribution.Bin::count).sum()).isEqualTo(4);
    }

    @Test
    void aBoundaryOffTheTensSplitsItsBin() {
        // pass 55 %, first class 85 % on a 20-mark paper: edges 0 10 .. 50 55 60 .. 80 85 90 100: 12 bins.
        // 55 % of 20 = 11 marks; 60 % = 12; 85 % = 17. Totals 10 (50 %), 11 (55 %), 17 (85 %).
        // bin 50-55 holds 10 only (11 reaches 55): Fail; bin 55-60 holds 11: Pass; bin 85-90 holds 17: First Class.
        int[] max = {20};
        ResultSet set = Sets.withRules(Sets.of(max, new String[] {"FL"}, new int[][] {{10}, {11}, {17}}),
                new org.examengine.paper.GradingRules(55, 85, 5, 50, 2, 50));

        Distribution d = Distribution.of(set);

        assertThat(d.bins()).hasSize(12);
        assertThat(d.bins().get(5)).isEqualTo(new Distribution.Bin(50, 55, 10, 10, 1, Grade.FAIL));
        assertThat(d.bins().get(6)).isEqualTo(new Distribution.Bin(55, 60, 11, 11, 1, Grade.PASS));
        assertThat(d.bins().get(9)).isEqualTo(new Distribution.Bin(80, 85, 16, 16, 0, Grade.PASS));
        assertThat(d.bins().get(10)).isEqualTo(new Distribution.Bin(85, 90, 17, 17, 1, Grade.FIRST_CLASS_PASS));
        assertThat(d.passMark()).isEqualTo(11);
        assertThat(d.firstClassMark()).isEqualTo(17);
    }

    private static List<ItemResult> items(int... marks) {
        int[] max = {2, 2, 1};
        List<ItemResult> out = new java.util.ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            out.add(new ItemResult("Q" + (i + 1), marks[i], max[i], true, true, MarkedBy.MARKER, marks[i], false,
                    List.of(), List.of(), false));
        }
        return out;
    }
}
