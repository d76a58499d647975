package org.examengine.report;

import static org.examengine.report.Figures.percent;
import static org.examengine.report.MarkdownCells.header;
import static org.examengine.report.MarkdownCells.row;
import static org.examengine.report.MarkdownCells.text;

import java.util.ArrayList;
import java.util.List;
import org.examengine.report.stats.PaperStatistics;
import org.examengine.report.stats.QuestionHistory;
import org.examengine.report.stats.ResultStatistics;
import org.examengine.report.stats.SittingFigures;

/**
 * Several result sets of one level as Markdown: a line per result set (sitting), then each bank question's
 * facility and discrimination per sitting and pooled, with n.
 */
public final class BankMarkdown {

    private BankMarkdown() {
    }

    public static String render(List<ResultStatistics> sets, List<String> labels, List<QuestionHistory> questions) {
        StringBuilder out = new StringBuilder();
        int level = sets.get(0).set().paper().level();
        out.append("# Bank statistics over time: Level ").append(level).append("\n\n");
        out.append("## Sittings\n\n");
        out.append(header("lllrrrr", List.of("", "Results", "Paper", "Candidates", "Mean %", "SD %", "CIC %")));
        for (int s = 0; s < sets.size(); s++) {
            PaperStatistics p = sets.get(s).paper();
            out.append(row(List.of("S" + (s + 1), text(labels.get(s)), text(sets.get(s).set().paper().id()),
                    Integer.toString(p.n()), percent(p.percent(p.mean())), percent(p.percent(p.sd())), percent(p.cic()))));
        }
        out.append("\n## Questions\n\n");
        out.append("Facility % / discrimination % (n) per sitting; pooled: all marks earned over all marks sat, and the "
                + "sittings' discrimination indices averaged weighted by n.\n\n");
        List<String> titles = new ArrayList<>(List.of("Question", "Topic", "Max", "Sittings", "n", "Facility %",
                "Discrimination %"));
        for (int s = 0; s < sets.size(); s++) {
            titles.add("S" + (s + 1));
        }
        out.append(header("ll" + "r".repeat(titles.size() - 2), titles));
        for (QuestionHistory q : questions) {
            List<String> cells = new ArrayList<>(List.of(text(q.question()), text(q.topic()), Integer.toString(q.max()),
                    Integer.toString(q.sittings().size()), Integer.toString(q.n()), percent(q.facility()),
                    percent(q.discrimination())));
            for (String label : labels) {
                cells.add(q.sittings().stream().filter(f -> f.sitting().equals(label)).findFirst()
                        .map(BankMarkdown::cell).orElse(""));
            }
            out.append(row(cells));
        }
        return out.toString();
    }

    private static String cell(SittingFigures f) {
        return percent(f.facility()) + " / " + percent(f.discrimination()) + " (" + f.n() + ")";
    }
}
