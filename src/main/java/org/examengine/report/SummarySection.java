package org.examengine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.examengine.grading.Grade;
import org.examengine.report.stats.CentreSummary;
import org.examengine.report.stats.Distribution;
import org.examengine.report.stats.ResultStatistics;
import org.examengine.report.stats.TopicAttainment;
import org.examengine.syllabus.PerformanceCode;
import org.examengine.syllabus.Syllabus;

/**
 * The centre summary: candidates and grades at a glance, the distribution of totals with the boundaries
 * drawn, how often each performance code was given, and attainment per topic against the code threshold.
 */
final class SummarySection {

    private final Syllabus syllabus;

    SummarySection(Syllabus syllabus) {
        this.syllabus = syllabus;
    }

    void write(StringBuilder h, ResultStatistics stats) {
        CentreSummary s = stats.summary();
        h.append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Centre summary</h2>\n<dl class=\"keys\">\n");
        key(h, "Candidates", Integer.toString(s.candidates()));
        for (Grade g : Grade.values()) {
            int n = s.grades().getOrDefault(g, 0);
            key(h, g.label(), n + share(n, s.candidates()));
        }
        h.append("</dl>\n");
        h.append(ChartFigure.bars(grades(s)));
        h.append("<div class=\"keep\">\n<h3 id=\"distribution\">Mark distribution</h3>\n");
        h.append(ChartFigure.histogram(histogram(stats.distribution(), stats.set().max()))).append("</div>\n");
        h.append("<div class=\"keep\">\n<h3 id=\"codes\">Performance codes</h3>\n<p>Codes are given to candidates who fail ")
                .append("only; a candidate can have several.</p>\n");
        h.append(ChartFigure.bars(codes(s, stats))).append("</div>\n");
        h.append("<div class=\"keep\">\n<h3 id=\"topics\">Attainment by topic</h3>\n<p>The mean share of each topic's marks ")
                .append("that candidates earned. A candidate who fails and earns under ").append(stats.set().grading().topicAttainment())
                .append(" % of a topic's marks is given that topic's code.</p>\n");
        h.append(ChartFigure.bars(topics(s))).append("</div>\n");
        topicTable(h, s);
        h.append("</section>\n");
    }

    private static void key(StringBuilder h, String label, String value) {
        h.append("<div><dt>").append(Html.esc(label)).append("</dt><dd>").append(Html.esc(value)).append("</dd></div>\n");
    }

    private static String share(int n, int of) {
        return of == 0 ? "" : " (" + Math.round(100.0 * n / of) + " %)";
    }

    private static BarChart grades(CentreSummary s) {
        List<BarChart.Bar> bars = new ArrayList<>();
        StringBuilder d = new StringBuilder("Candidates per grade: ");
        for (Grade g : Grade.values()) {
            int n = s.grades().getOrDefault(g, 0);
            bars.add(new BarChart.Bar(g.label(), n, Integer.toString(n)));
            d.append(g.label()).append(' ').append(n).append(g == Grade.FIRST_CLASS_PASS ? "." : ", ");
        }
        return new BarChart("chart-grades", "Candidates by grade", d.toString(), "Grade", "Candidates",
                Math.max(1, s.candidates()), bars, List.of());
    }

    static Histogram histogram(Distribution d, int max) {
        List<Histogram.Bin> bins = new ArrayList<>();
        for (Distribution.Bin b : d.bins()) {
            String marks = b.highMark() < b.lowMark() ? "no whole mark"
                    : b.highMark() == b.lowMark() ? b.lowMark() + " marks" : b.lowMark() + "\u2013" + b.highMark() + " marks";
            String band = b.high() == 100 ? b.low() + "\u2013100 %" : b.low() + " to under " + b.high() + " %";
            bins.add(new Histogram.Bin(b.low(), b.high(), band + " (" + marks + ", " + b.grade().label() + ")", b.count()));
        }
        List<BarChart.Line> lines = List.of(new BarChart.Line(d.pass(), "Pass " + d.pass() + " %"),
                new BarChart.Line(d.firstClass(), "First Class " + d.firstClass() + " %"));
        String description = "Candidates per band of the total mark, as a percentage of the paper's " + max
                + " marks. Dashed lines mark the Pass boundary at " + d.pass() + " % (" + d.passMark() + " marks) and the First Class"
                + " Pass boundary at " + d.firstClass() + " % (" + d.firstClassMark() + " marks).";
        return new Histogram("chart-distribution", "Distribution of total marks", description, "Total mark, % of the paper",
                "Band of total marks", "Candidates", bins, lines);
    }

    private BarChart codes(CentreSummary s, ResultStatistics stats) {
        List<BarChart.Bar> bars = new ArrayList<>();
        int highest = 1;
        for (Map.Entry<String, Integer> e : s.codes().entrySet()) {
            String label = e.getKey() + " " + syllabus.code(e.getKey()).map(PerformanceCode::area).orElse("");
            bars.add(new BarChart.Bar(label.strip(), e.getValue(), Integer.toString(e.getValue())));
            highest = Math.max(highest, e.getValue());
        }
        int fails = s.grades().getOrDefault(Grade.FAIL, 0);
        return new BarChart("chart-codes", "Candidates given each performance code",
                "How many of the " + fails + " candidates who failed were given each code of Level " + stats.set().paper().level() + ".",
                "Code", "Candidates", highest, bars, List.of());
    }

    private static BarChart topics(CentreSummary s) {
        List<BarChart.Bar> bars = new ArrayList<>();
        int threshold = s.topics().isEmpty() ? 50 : s.topics().get(0).threshold();
        for (TopicAttainment t : s.topics()) {
            String note = t.meanPercent() < t.threshold() ? "below " + t.threshold() + " %" : "";
            bars.add(new BarChart.Bar(t.topic() + " " + t.area(), t.meanPercent(), Html.fixed(t.meanPercent(), 1) + " %", note));
        }
        return new BarChart("chart-topics", "Mean attainment by topic",
                "The mean percentage of each topic's marks earned by the candidates; the dashed line is the code threshold of "
                        + threshold + " %.", "Topic", "Mean % of the topic's marks", 100, bars,
                List.of(new BarChart.Line(threshold, "Code threshold " + threshold + " %")));
    }

    private static void topicTable(StringBuilder h, CentreSummary s) {
        h.append("<table class=\"wide\">\n<caption>Topics on the paper</caption>\n<thead><tr><th scope=\"col\">Topic</th>")
                .append("<th scope=\"col\">Area</th><th scope=\"col\" class=\"num\">Questions</th><th scope=\"col\" class=\"num\">Marks</th>")
                .append("<th scope=\"col\" class=\"num\">Mean attainment</th><th scope=\"col\" class=\"num\">Candidates under the threshold</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (TopicAttainment t : s.topics()) {
            h.append("<tr><th scope=\"row\">").append(Html.esc(t.topic())).append("</th><td>").append(Html.esc(t.area()))
                    .append("</td><td class=\"num\">").append(t.questions()).append("</td><td class=\"num\">").append(t.marks())
                    .append("</td><td class=\"num\">").append(Html.fixed(t.meanPercent(), 1)).append(" %</td><td class=\"num\">")
                    .append(t.below()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }
}
