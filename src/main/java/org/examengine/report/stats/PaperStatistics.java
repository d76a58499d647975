package org.examengine.report.stats;

import java.util.List;
import org.examengine.report.CandidateResult;
import org.examengine.report.ItemResult;
import org.examengine.report.ResultSet;

/**
 * The test statistics of one result set, as Moodle's quiz statistics define them
 * (mod/quiz/report/statistics/classes/calculator.php). Mean, median, standard deviation and standard error
 * are in marks ({@link #percent(double)} converts); skewness and kurtosis have no unit; the coefficient of
 * internal consistency and the error ratio are percentages. A value that cannot be computed is NaN.
 *
 * @param n              candidates
 * @param max            the paper's marks
 * @param mean           mean total
 * @param median         median total (mean of the two middle totals for an even n)
 * @param sd             standard deviation of the totals, n - 1
 * @param skewness       k3 / k2^(3/2) (needs n of 3 or more)
 * @param kurtosis       excess kurtosis k4 / k2^2 (needs n of 4 or more)
 * @param cic            coefficient of internal consistency (Cronbach's alpha) as a %:
 *                       100 p / (p - 1) (1 - sum of item variances / variance of totals), p the number of questions
 * @param errorRatio     100 sqrt(1 - cic / 100), %
 * @param standardError  standard error of measurement, errorRatio x sd / 100 = sd sqrt(1 - alpha), in marks
 */
public record PaperStatistics(int n, int max, double mean, double median, double sd, double skewness, double kurtosis,
                              double cic, double errorRatio, double standardError) {

    /** Marks as a percentage of the paper's marks. */
    public double percent(double marks) {
        return 100 * marks / max;
    }

    public static PaperStatistics of(ResultSet set) {
        List<CandidateResult> candidates = set.candidates();
        int n = candidates.size();
        int p = set.items().size();
        double[] totals = candidates.stream().mapToDouble(CandidateResult::total).toArray();
        double variance = Sample.variance(totals);
        double sumOfItemVariances = 0;
        for (int i = 0; i < p; i++) {
            int item = i;
            sumOfItemVariances += Sample.variance(candidates.stream().map(c -> c.item(item))
                    .mapToDouble(ItemResult::mark).toArray());
        }
        double cic = p > 1 && variance > 0 ? 100.0 * p / (p - 1) * (1 - sumOfItemVariances / variance) : Double.NaN;
        double errorRatio = 100 * Math.sqrt(1 - cic / 100);
        double sd = Math.sqrt(variance);
        return new PaperStatistics(n, set.max(), Sample.mean(totals), Sample.median(totals), sd,
                Sample.skewness(totals), Sample.kurtosis(totals), cic, errorRatio, errorRatio * sd / 100);
    }
}
