package org.examengine.report.stats;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examengine.report.CandidateResult;
import org.examengine.report.Item;
import org.examengine.report.ItemResult;
import org.examengine.report.MarkedBy;
import org.examengine.report.ResultSet;

/**
 * Item analysis of a result set, question by question, with Moodle's definitions (question/classes/statistics/
 * questions/calculator.php): x the item's marks, y each candidate's total minus x, both over every candidate;
 * facility = mean(x) / max; sd = sqrt(var x) / max; discrimination index = cov(x, y) / sqrt(var x var y);
 * discriminative efficiency = cov(x, y) / cov(sorted x, sorted y). Pure: the same set gives the same numbers.
 */
public final class ItemAnalysis {

    private final Thresholds thresholds;
    private final Map<String, List<String>> gridPoints;

    /**
     * @param gridPoints the grid's point ids per question id, in grid order, so that points nobody was credited
     *                   are listed too; questions missing from it list only the points seen in the results
     */
    public ItemAnalysis(Thresholds thresholds, Map<String, List<String>> gridPoints) {
        this.thresholds = thresholds;
        this.gridPoints = Map.copyOf(gridPoints);
    }

    public ItemAnalysis(Thresholds thresholds) {
        this(thresholds, Map.of());
    }

    /** One entry per question, in paper order. */
    public List<ItemStatistics> analyse(ResultSet set) {
        List<ItemStatistics> out = new ArrayList<>();
        for (int i = 0; i < set.items().size(); i++) {
            out.add(item(set, i));
        }
        return out;
    }

    ItemStatistics item(ResultSet set, int i) {
        Item item = set.items().get(i);
        List<CandidateResult> candidates = set.candidates();
        int n = candidates.size();
        double[] x = new double[n];
        double[] rest = new double[n];
        int answered = 0;
        int rows = 0;
        int review = 0;
        int changed = 0;
        Map<String, Integer> credited = new LinkedHashMap<>();
        gridPoints.getOrDefault(item.id(), List.of()).forEach(p -> credited.put(p, 0));
        for (int c = 0; c < n; c++) {
            ItemResult r = candidates.get(c).item(i);
            x[c] = r.mark();
            rest[c] = candidates.get(c).total() - r.mark();
            answered += r.answered() ? 1 : 0;
            rows += r.hasRow() ? 1 : 0;
            review += r.review() ? 1 : 0;
            changed += r.markedBy() == MarkedBy.EXAMINER && r.mark() != r.markerMark() ? 1 : 0;
            for (String point : new LinkedHashSet<>(r.points())) {
                credited.merge(point, 1, Integer::sum);
            }
        }
        double mean = Sample.mean(x);
        double facility = 100 * mean / item.max();
        double sd = 100 * Math.sqrt(Sample.variance(x)) / item.max();
        double discrimination = 100 * Sample.correlation(x, rest);
        double maxCovariance = Sample.maximumCovariance(x, rest);
        double efficiency = maxCovariance > 0 || maxCovariance < 0 ? 100 * Sample.covariance(x, rest) / maxCovariance
                : Double.NaN;
        List<PointFacility> points = credited.entrySet().stream()
                .map(e -> new PointFacility(e.getKey(), e.getValue(), n == 0 ? 0 : 100.0 * e.getValue() / n)).toList();
        return new ItemStatistics(item, n, mean, facility, sd, discrimination, efficiency, answered, review,
                rows == 0 ? 0 : 100.0 * review / rows, changed, points, flags(facility, discrimination, efficiency));
    }

    private Set<Flag> flags(double facility, double discrimination, double efficiency) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (facility > thresholds.tooEasy()) {
            flags.add(Flag.TOO_EASY);
        }
        if (facility < thresholds.tooHard()) {
            flags.add(Flag.TOO_HARD);
        }
        if (discrimination < thresholds.discrimination()) {
            flags.add(Flag.NOT_DISCRIMINATING);
        }
        if (efficiency < thresholds.efficiency()) {
            flags.add(Flag.LOW_EFFICIENCY);
        }
        return flags;
    }
}
