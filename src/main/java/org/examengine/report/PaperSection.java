package org.examengine.report;

import org.examengine.report.stats.PaperStatistics;
import org.examengine.report.stats.ResultStatistics;

/**
 * The paper statistics as a table with a plain-words column, and how many candidates sit so close to the
 * Pass mark that the standard error of measurement could put them either side.
 */
final class PaperSection {

    void write(StringBuilder h, ResultStatistics stats) {
        PaperStatistics p = stats.paper();
        h.append("<section class=\"part\" aria-labelledby=\"paper\">\n<h2 id=\"paper\">Paper statistics</h2>\n")
                .append("<p>Computed as Moodle's quiz statistics compute them, over all ").append(p.n())
                .append(" candidates; an unanswered question counts as 0 marks.</p>\n")
                .append("<table class=\"wide\">\n<caption>Statistics of the total marks</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Statistic</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">What it tells you</th>")
                .append("</tr></thead>\n<tbody>\n");
        row(h, "Mean", marks(p, p.mean()), "The average total.");
        row(h, "Median", marks(p, p.median()), "Half the candidates scored this or less.");
        row(h, "Standard deviation", marks(p, p.sd()), "How widely the totals spread around the mean.");
        row(h, "Skewness", Numbers.or(p.skewness(), 2), skewness(p.skewness()));
        row(h, "Kurtosis (excess)", Numbers.or(p.kurtosis(), 2),
                "Above 0: totals bunched in the middle with long tails; below 0: totals spread flat across the range.");
        row(h, "Cronbach's alpha", Double.isNaN(p.cic()) ? Numbers.NONE : Html.fixed(p.cic() / 100, 2),
                "How consistently the questions measure the same thing, from 0 to 1 (Moodle's coefficient of internal "
                        + "consistency, as a percentage: " + Numbers.or(p.cic(), 1) + " %). Higher is better.");
        row(h, "Error ratio", Double.isNaN(p.errorRatio()) ? Numbers.NONE : Html.fixed(p.errorRatio(), 1) + " %",
                "The share of the spread of totals that is measurement error rather than real difference (Moodle's error ratio).");
        row(h, "Standard error of measurement", marks(p, p.standardError()),
                "How uncertain each total is: about two times in three, a candidate's true total lies within this many marks of the total scored.");
        h.append("</tbody>\n</table>\n");
        near(h, stats, p);
        h.append("</section>\n");
    }

    private static void row(StringBuilder h, String name, String value, String words) {
        h.append("<tr><th scope=\"row\">").append(Html.esc(name)).append("</th><td class=\"num\">").append(Html.esc(value))
                .append("</td><td>").append(Html.esc(words)).append("</td></tr>\n");
    }

    private static String marks(PaperStatistics p, double marks) {
        if (Double.isNaN(marks)) {
            return Numbers.NONE;
        }
        return Html.fixed(marks, 1) + " marks (" + Html.fixed(p.percent(marks), 1) + " %)";
    }

    private static String skewness(double g) {
        if (Double.isNaN(g)) {
            return "Needs at least three candidates with different totals.";
        }
        if (Math.abs(g) < 0.5) {
            return "Close to 0: the totals fall about evenly either side of the mean.";
        }
        return g < 0 ? "Below 0: most totals are high, with a tail of low totals."
                : "Above 0: most totals are low, with a tail of high totals.";
    }

    private static void near(StringBuilder h, ResultStatistics stats, PaperStatistics p) {
        if (Double.isNaN(p.standardError())) {
            return;
        }
        int pass = Marks.atPercent(stats.set().grading().pass(), stats.set().max());
        long near = stats.set().candidates().stream().filter(c -> Math.abs(c.total() - pass) <= p.standardError()).count();
        h.append("<p>").append(near).append(near == 1 ? " candidate has" : " candidates have")
                .append(" a total within one standard error (").append(Html.fixed(p.standardError(), 1))
                .append(" marks) of the Pass mark of ").append(pass)
                .append(": their grade is the one most open to doubt, and the first to check when setting the boundary.</p>\n");
    }
}
