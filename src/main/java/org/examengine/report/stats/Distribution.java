package org.examengine.report.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.examengine.grading.Grade;
import org.examengine.paper.GradingRules;
import org.examengine.report.CandidateResult;
import org.examengine.report.ResultSet;

/**
 * The candidates' totals in bins of percent. The edges are every 10 % and the Pass and First Class boundaries,
 * so no bin straddles a boundary and each bin belongs to one grade. A total falls in the bin whose low edge it
 * reaches (compared exactly, as grades are: {@code total x 100 >= edge x max}); 100 % is in the last bin.
 *
 * @param bins           from 0 % up
 * @param pass           the Pass boundary, %
 * @param firstClass     the First Class boundary, %
 * @param passMark       the lowest total that passes
 * @param firstClassMark the lowest total that earns First Class
 */
public record Distribution(List<Bin> bins, int pass, int firstClass, int passMark, int firstClassMark) {

    public Distribution {
        bins = List.copyOf(bins);
    }

    /**
     * One bin: totals from {@code low} % (inclusive) to {@code high} % (exclusive; inclusive for the last).
     *
     * @param lowMark  the lowest total in it
     * @param highMark the highest total in it (below {@code lowMark} when no whole mark falls in it)
     * @param count    candidates in it
     * @param grade    the grade its totals earn
     */
    public record Bin(int low, int high, int lowMark, int highMark, int count, Grade grade) {
    }

    public static Distribution of(ResultSet set) {
        GradingRules rules = set.grading();
        int max = set.max();
        TreeSet<Integer> edges = new TreeSet<>();
        for (int e = 0; e <= 100; e += 10) {
            edges.add(e);
        }
        edges.add(rules.pass());
        edges.add(rules.firstClass());
        List<Integer> list = new ArrayList<>(edges);
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b + 1 < list.size(); b++) {
            int low = list.get(b);
            int high = list.get(b + 1);
            boolean last = b + 2 == list.size();
            int lowMark = lowestReaching(low, max);
            int highMark = last ? max : lowestReaching(high, max) - 1;
            int count = 0;
            for (CandidateResult c : set.candidates()) {
                count += c.total() >= lowMark && c.total() <= highMark ? 1 : 0;
            }
            Grade grade = low >= rules.firstClass() ? Grade.FIRST_CLASS_PASS : low >= rules.pass() ? Grade.PASS : Grade.FAIL;
            bins.add(new Bin(low, high, lowMark, highMark, count, grade));
        }
        return new Distribution(bins, rules.pass(), rules.firstClass(), lowestReaching(rules.pass(), max),
                lowestReaching(rules.firstClass(), max));
    }

    /** The lowest whole total t with t x 100 >= percent x max. */
    static int lowestReaching(int percent, int max) {
        return (int) ((percent * (long) max + 99) / 100);
    }
}
