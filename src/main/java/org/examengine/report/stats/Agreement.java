package org.examengine.report.stats;

import java.util.ArrayList;
import java.util.List;
import org.examengine.report.CandidateResult;
import org.examengine.report.ItemResult;
import org.examengine.report.MarkedBy;
import org.examengine.report.ResultSet;

/**
 * Agreement between the automatic marker and the examiners on the answers both marked. The categories are
 * the marks themselves (0, 1, 2, ...), pooled over the questions.
 *
 * @param n              answers marked by both
 * @param exact          answers given the same mark by both
 * @param exactShare     {@code exact} as a % of {@code n}
 * @param kappa          Cohen's kappa, unweighted: (po - pe) / (1 - pe), po the share of exact agreement,
 *                       pe = sum over marks k of (marker's share at k) x (examiner's share at k); NaN when pe is 1
 *                       or n is 0
 * @param weightedKappa  Cohen's kappa with quadratic weights: 1 - sum (i - j)^2 O_ij / sum (i - j)^2 E_ij, O_ij the
 *                       count of answers the marker gave i and the examiner j, E_ij = (marker's count at i) x
 *                       (examiner's count at j) / n; NaN when the expected disagreement is 0
 */
public record Agreement(int n, int exact, double exactShare, double kappa, double weightedKappa) {

    public static Agreement of(List<MarkPair> pairs) {
        int n = pairs.size();
        int categories = pairs.stream().mapToInt(MarkPair::max).max().orElse(0) + 1;
        long[][] observed = new long[categories][categories];
        long[] byMarker = new long[categories];
        long[] byExaminer = new long[categories];
        int exact = 0;
        for (MarkPair p : pairs) {
            observed[p.marker()][p.examiner()]++;
            byMarker[p.marker()]++;
            byExaminer[p.examiner()]++;
            exact += p.marker() == p.examiner() ? 1 : 0;
        }
        if (n == 0) {
            return new Agreement(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double po = (double) exact / n;
        double pe = 0;
        double weightedObserved = 0;
        double weightedExpected = 0;
        for (int i = 0; i < categories; i++) {
            pe += (double) byMarker[i] / n * byExaminer[i] / n;
            for (int j = 0; j < categories; j++) {
                double w = (double) (i - j) * (i - j);
                weightedObserved += w * observed[i][j];
                weightedExpected += w * byMarker[i] * byExaminer[j] / n;
            }
        }
        double kappa = pe < 1 ? (po - pe) / (1 - pe) : Double.NaN;
        double weighted = weightedExpected > 0 ? 1 - weightedObserved / weightedExpected : Double.NaN;
        return new Agreement(n, exact, 100.0 * exact / n, kappa, weighted);
    }

    /** The answers of the result set whose final mark is an examiner's, each with the marker's own mark. */
    public static List<MarkPair> fromResults(ResultSet set) {
        List<MarkPair> pairs = new ArrayList<>();
        for (CandidateResult c : set.candidates()) {
            for (ItemResult r : c.items()) {
                if (r.markedBy() == MarkedBy.EXAMINER) {
                    pairs.add(new MarkPair(c.candidate(), r.question(), r.max(), r.markerMark(), r.mark()));
                }
            }
        }
        return pairs;
    }
}
