package org.examengine.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.examengine.report.stats.BankHistory;
import org.examengine.report.stats.MarkPair;
import org.examengine.report.stats.QuestionHistory;
import org.examengine.report.stats.ResultStatistics;
import org.examengine.report.stats.Thresholds;
import org.examengine.syllabus.Syllabus;

/**
 * The service behind {@code exam report}: reads each result set with its paper, computes its statistics, and
 * renders them (Markdown or the item-analysis CSV), with the bank history when there are several.
 */
public final class ResultReports {

    /** What the report is made of: each set's statistics, its label, and the merged history. */
    public record Analysis(List<ResultStatistics> sets, List<String> labels, List<QuestionHistory> history,
                           String agreementSource) {
        public Analysis {
            sets = List.copyOf(sets);
            labels = List.copyOf(labels);
            history = List.copyOf(history);
        }
    }

    private final Function<Path, String> shown;
    private final Syllabus syllabus;
    private final Thresholds thresholds;

    public ResultReports(Function<Path, String> shown, Syllabus syllabus, Thresholds thresholds) {
        this.shown = shown;
        this.syllabus = syllabus;
        this.thresholds = thresholds;
    }

    /**
     * @param dirs       result folders of exam mark --paper, of one level
     * @param papers     paper files (see {@link ResultSetReader#readAmong(Path, List)})
     * @param overrides  a filled-in review.csv for the agreement statistics (one folder only), or null
     * @param gridPoints grid point ids per question id, to list the points nobody was credited
     */
    public Analysis analyse(List<Path> dirs, List<Path> papers, Path overrides, Map<String, List<String>> gridPoints) {
        ResultSetReader reader = new ResultSetReader(shown);
        List<ResultStatistics> sets = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Path dir : dirs) {
            ResultSet set = reader.readAmong(dir, papers);
            List<MarkPair> pairs = overrides == null ? null : ReviewPairs.read(overrides, shown.apply(overrides), set);
            sets.add(ResultStatistics.of(set, thresholds, gridPoints, pairs, syllabus));
            labels.add(shown.apply(dir));
        }
        String source = overrides == null ? "the results" : shown.apply(overrides);
        return new Analysis(sets, labels, BankHistory.merge(sets, labels), source);
    }

    /** One set: its full report; several: the sittings and the bank history. */
    public String markdown(Analysis a) {
        return a.sets().size() == 1 ? new MarkdownReport(syllabus).render(a.sets().get(0), a.agreementSource())
                : BankMarkdown.render(a.sets(), a.labels(), a.history());
    }
}
