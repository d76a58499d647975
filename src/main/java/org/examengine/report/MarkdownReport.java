package org.examengine.report;

import static org.examengine.report.Figures.coefficient;
import static org.examengine.report.Figures.fixed;
import static org.examengine.report.Figures.percent;
import static org.examengine.report.MarkdownCells.header;
import static org.examengine.report.MarkdownCells.row;
import static org.examengine.report.MarkdownCells.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.examengine.grading.Grade;
import org.examengine.report.stats.Agreement;
import org.examengine.report.stats.CentreSummary;
import org.examengine.report.stats.Distribution;
import org.examengine.report.stats.Flag;
import org.examengine.report.stats.ItemStatistics;
import org.examengine.report.stats.PaperStatistics;
import org.examengine.report.stats.PointFacility;
import org.examengine.report.stats.ResultStatistics;
import org.examengine.report.stats.TopicAttainment;
import org.examengine.syllabus.Syllabus;

/**
 * The report of one result set as Markdown: centre summary, paper statistics, item analysis with flags and
 * grid points, and the agreement between marker and examiners. Aggregates only: no candidate is named.
 */
public final class MarkdownReport {

    private final Syllabus syllabus;

    public MarkdownReport(Syllabus syllabus) {
        this.syllabus = syllabus;
    }

    /** @param agreementSource where the examiners' marks came from, in words */
    public String render(ResultStatistics s, String agreementSource) {
        StringBuilder out = new StringBuilder();
        ResultSet set = s.set();
        out.append("# Report: paper ").append(text(set.paper().id())).append(" (Level ").append(set.paper().level())
                .append(", unit ").append(text(set.paper().unit())).append(")\n\n");
        out.append("Results: `").append(set.source().replace("`", "'")).append("`, ").append(set.candidates().size())
                .append(" candidate(s), ").append(set.max()).append(" marks.")
                .append(set.fingerprint().isEmpty() ? "" : " Marked by `" + set.fingerprint().replace("`", "'") + "`.")
                .append("\n\n");
        summary(out, s.summary(), s.distribution(), s.paper());
        paperStatistics(out, s.paper());
        items(out, s);
        agreement(out, s.agreement(), agreementSource);
        return out.toString();
    }

    private void summary(StringBuilder out, CentreSummary c, Distribution d, PaperStatistics p) {
        out.append("## Centre summary\n\n");
        out.append(header("lrr", List.of("Grade", "Candidates", "%")));
        for (Map.Entry<Grade, Integer> g : c.grades().entrySet()) {
            out.append(row(List.of(g.getKey().label(), Integer.toString(g.getValue()), share(g.getValue(), c.candidates()))));
        }
        out.append("\n### Mark distribution\n\n");
        out.append("Pass from ").append(d.passMark()).append(" marks (").append(d.pass()).append(" %), First Class Pass from ")
                .append(d.firstClassMark()).append(" marks (").append(d.firstClass()).append(" %). A bin holds the totals from its "
                + "first percentage up to, not including, its second; the last one includes 100 %.\n\n");
        out.append(header("llrrl", List.of("Percent", "Grade", "Marks", "Candidates", "")));
        int most = d.bins().stream().mapToInt(Distribution.Bin::count).max().orElse(0);
        for (Distribution.Bin b : d.bins()) {
            String marks = b.highMark() < b.lowMark() ? "none" : b.lowMark() == b.highMark() ? Integer.toString(b.lowMark())
                    : b.lowMark() + "\u2013" + b.highMark();
            String bar = most == 0 ? "" : "\u2588".repeat((int) Math.round(20.0 * b.count() / most));
            out.append(row(List.of(b.low() + " to " + b.high(), b.grade().label(),
                    marks, Integer.toString(b.count()), bar)));
        }
        out.append("\n### Performance codes\n\n");
        out.append(header("llr", List.of("Code", "Meaning", "Candidates")));
        for (Map.Entry<String, Integer> code : c.codes().entrySet()) {
            String meaning = syllabus.code(code.getKey()).map(x -> x.area()).orElse("");
            out.append(row(List.of(text(code.getKey()), text(meaning), Integer.toString(code.getValue()))));
        }
        out.append("\n### Attainment per topic\n\n");
        if (!c.topics().isEmpty()) {
            out.append("Below: candidates who earned under ").append(c.topics().get(0).threshold())
                    .append(" % of the topic's marks (the rule of its performance code).\n\n");
        }
        out.append(header("llrrrr", List.of("Topic", "Area", "Questions", "Marks", "Mean %", "Below")));
        for (TopicAttainment t : c.topics()) {
            out.append(row(List.of(text(t.topic()), text(t.area()), Integer.toString(t.questions()),
                    Integer.toString(t.marks()), percent(t.meanPercent()), Integer.toString(t.below()))));
        }
        out.append('\n');
    }

    private static void paperStatistics(StringBuilder out, PaperStatistics p) {
        out.append("## Paper statistics\n\n");
        out.append("As Moodle's quiz statistics compute them; see docs/report.md for each formula.\n\n");
        out.append(header("lrr", List.of("Statistic", "Value", "Of the marks")));
        out.append(row(List.of("Candidates", Integer.toString(p.n()), "")));
        out.append(row(List.of("Mean", fixed(p.mean(), 2), percent(p.percent(p.mean())) + " %")));
        out.append(row(List.of("Median", fixed(p.median(), 2), percent(p.percent(p.median())) + " %")));
        out.append(row(List.of("Standard deviation", fixed(p.sd(), 2), percent(p.percent(p.sd())) + " %")));
        out.append(row(List.of("Skewness", coefficient(p.skewness()), "")));
        out.append(row(List.of("Kurtosis (excess)", coefficient(p.kurtosis()), "")));
        out.append(row(List.of("Coefficient of internal consistency (Cronbach's alpha)", percent(p.cic()) + " %", "")));
        out.append(row(List.of("Error ratio", percent(p.errorRatio()) + " %", "")));
        out.append(row(List.of("Standard error of measurement", fixed(p.standardError(), 2),
                percent(p.percent(p.standardError())) + " %")));
        out.append('\n');
    }

    private static void items(StringBuilder out, ResultStatistics s) {
        out.append("## Item analysis\n\n");
        out.append("Facility: mean mark / max. SD: of the mark, % of max. Discrimination: correlation of the mark with "
                + "the rest of the paper. Efficiency: discrimination as a share of the most the marks allow. "
                + "Review: answers the marker was unsure of. Flags: facility over ")
                .append(fixed(s.thresholds().tooEasy(), 0)).append(" % (too easy) or under ")
                .append(fixed(s.thresholds().tooHard(), 0)).append(" % (too hard), discrimination under ")
                .append(fixed(s.thresholds().discrimination(), 0)).append(" %, efficiency under ")
                .append(fixed(s.thresholds().efficiency(), 0)).append(" %.\n\n");
        out.append(header("lllrrrrrrrl", List.of("No.", "Question", "Topic", "Max", "Facility %", "SD %", "Discrimination %",
                "Efficiency %", "Review %", "Changed", "Flags")));
        for (ItemStatistics i : s.items()) {
            out.append(row(List.of(text(i.item().number()), text(i.item().id()), text(i.item().topic()),
                    Integer.toString(i.item().max()), percent(i.facility()), percent(i.sd()), percent(i.discrimination()),
                    percent(i.efficiency()), percent(i.reviewShare()), Integer.toString(i.changed()), flags(i))));
        }
        out.append("\nChanged: answers an examiner gave a different mark.\n\n### Grid points\n\n")
                .append("Share of candidates credited each point, lowest first: the points candidates miss.\n\n");
        for (ItemStatistics i : s.items()) {
            List<PointFacility> points = new ArrayList<>(i.points());
            points.sort(java.util.Comparator.comparingDouble(PointFacility::facility));
            out.append("- ").append(text(i.item().number())).append(" ").append(text(i.item().id())).append(": ")
                    .append(points.isEmpty() ? "no point credited" : points.stream()
                            .map(p -> text(p.point()) + " " + percent(p.facility()) + " %").collect(Collectors.joining(", ")))
                    .append('\n');
        }
        out.append('\n');
    }

    static String flags(ItemStatistics i) {
        return i.flags().stream().map(Flag::label).collect(Collectors.joining(", "));
    }

    private static void agreement(StringBuilder out, Agreement a, String source) {
        out.append("## Agreement between the marker and the examiners\n\n");
        if (a.n() == 0) {
            out.append("No answer has an examiner's mark in ").append(source).append(
                    ". Give a filled-in review.csv with --overrides, or apply it with exam mark --overrides.\n");
            return;
        }
        out.append("From ").append(source).append(": answers marked by both, the marks as categories.\n\n");
        out.append(header("lr", List.of("Statistic", "Value")));
        out.append(row(List.of("Answers marked by both (n)", Integer.toString(a.n()))));
        out.append(row(List.of("Exact agreement", a.exact() + " (" + percent(a.exactShare()) + " %)")));
        out.append(row(List.of("Cohen's kappa", coefficient(a.kappa()))));
        out.append(row(List.of("Cohen's kappa, quadratic weights", coefficient(a.weightedKappa()))));
    }

    private static String share(int count, int of) {
        return of == 0 ? Figures.NONE : percent(100.0 * count / of);
    }
}
