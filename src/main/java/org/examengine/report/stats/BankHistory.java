package org.examengine.report.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.examengine.source.ExamException;

/**
 * Merges the item analyses of several result sets of one level into each bank question's history: its
 * facility and discrimination per sitting, and pooled. The rest of the paper differs between papers, so the
 * pooled discrimination is a weighted mean of the sittings' indices, not a correlation over the pooled
 * candidates; the pooled facility is exact (all marks earned over all marks available).
 */
public final class BankHistory {

    private BankHistory() {
    }

    /**
     * @param sets   the result sets' statistics
     * @param labels a name for each set (its folder), same order
     * @return one history per question id, in id order
     */
    public static List<QuestionHistory> merge(List<ResultStatistics> sets, List<String> labels) {
        if (sets.size() != labels.size()) {
            throw new IllegalArgumentException(sets.size() + " sets, " + labels.size() + " labels");
        }
        int level = sets.isEmpty() ? 0 : sets.get(0).set().paper().level();
        for (int s = 1; s < sets.size(); s++) {
            int other = sets.get(s).set().paper().level();
            if (other != level) {
                throw new ExamException(labels.get(s) + ": results of a Level " + other + " paper cannot be merged with "
                        + labels.get(0) + ", a Level " + level + " paper; give result sets of one level");
            }
        }
        Map<String, List<SittingFigures>> figures = new TreeMap<>();
        Map<String, ItemStatistics> latest = new TreeMap<>();
        Map<String, double[]> sums = new TreeMap<>();
        for (int s = 0; s < sets.size(); s++) {
            ResultStatistics r = sets.get(s);
            for (ItemStatistics i : r.items()) {
                String id = i.item().id();
                figures.computeIfAbsent(id, k -> new ArrayList<>()).add(new SittingFigures(labels.get(s),
                        r.set().paper().id(), i.n(), i.facility(), i.discrimination()));
                latest.put(id, i);
                // earned, available, n, n-weighted discrimination, n where defined
                double[] sum = sums.computeIfAbsent(id, k -> new double[5]);
                sum[0] += i.meanMark() * i.n();
                sum[1] += (double) i.item().max() * i.n();
                sum[2] += i.n();
                if (!Double.isNaN(i.discrimination())) {
                    sum[3] += i.discrimination() * i.n();
                    sum[4] += i.n();
                }
            }
        }
        List<QuestionHistory> out = new ArrayList<>();
        for (Map.Entry<String, List<SittingFigures>> e : figures.entrySet()) {
            double[] sum = sums.get(e.getKey());
            ItemStatistics last = latest.get(e.getKey());
            out.add(new QuestionHistory(e.getKey(), level, last.item().topic(), last.item().max(), e.getValue(),
                    (int) sum[2], sum[1] > 0 ? 100 * sum[0] / sum[1] : Double.NaN,
                    sum[4] > 0 ? sum[3] / sum[4] : Double.NaN));
        }
        return out;
    }
}
