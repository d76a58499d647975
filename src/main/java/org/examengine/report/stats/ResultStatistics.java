package org.examengine.report.stats;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.examengine.report.ResultSet;
import org.examengine.syllabus.Syllabus;

/**
 * Everything {@code exam report} shows about one result set, computed once.
 *
 * @param set          the results
 * @param summary      the centre summary
 * @param paper        the test statistics
 * @param distribution the totals in bins, with the boundaries
 * @param items        the item analysis, in paper order
 * @param agreement    marker against examiners: from the review file given, or else from the examiners' marks
 *                     in the results; {@code n} 0 when there are none
 * @param thresholds   where the item flags start
 */
public record ResultStatistics(ResultSet set, CentreSummary summary, PaperStatistics paper, Distribution distribution,
                               List<ItemStatistics> items, Agreement agreement, Thresholds thresholds) {

    public ResultStatistics {
        Objects.requireNonNull(set, "set");
        items = List.copyOf(items);
    }

    /**
     * @param gridPoints the grids' point ids per question id, in grid order (may be empty; see {@link ItemAnalysis})
     * @param overrides the marker/examiner pairs of a filled-in review file, or {@code null} to take the
     *                  examiners' marks recorded in the results
     */
    public static ResultStatistics of(ResultSet set, Thresholds thresholds, Map<String, List<String>> gridPoints,
                                      List<MarkPair> overrides, Syllabus syllabus) {
        return new ResultStatistics(set, CentreSummary.of(set, syllabus), PaperStatistics.of(set), Distribution.of(set),
                new ItemAnalysis(thresholds, gridPoints).analyse(set), Agreement.of(overrides != null ? overrides : Agreement.fromResults(set)), thresholds);
    }
}
