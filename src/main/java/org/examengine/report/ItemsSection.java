package org.examengine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.examengine.report.stats.Flag;
import org.examengine.report.stats.ItemStatistics;
import org.examengine.report.stats.PointFacility;
import org.examengine.report.stats.ResultStatistics;
import org.examengine.report.stats.Thresholds;

/**
 * The item analysis: a table of every question's statistics with its flags in words, a facility chart with
 * the too-easy and too-hard thresholds drawn, and per question the share of candidates credited each grid
 * point, so authors see which points candidates miss.
 */
final class ItemsSection {

    void write(StringBuilder h, ResultStatistics stats) {
        Thresholds t = stats.thresholds();
        h.append("<section class=\"part\" aria-labelledby=\"items\">\n<h2 id=\"items\">Item analysis</h2>\n<p>For every question: ")
                .append("<strong>facility</strong> (mean mark as a % of its marks), <strong>SD</strong> (standard deviation of its ")
                .append("mark, % of its marks), <strong>discrimination</strong> (correlation of its mark with the rest of the paper, %), ")
                .append("<strong>efficiency</strong> (discriminative efficiency, %), and the share of its answers the marker sent to ")
                .append("review. Flags: too easy above ").append(Axis.label(t.tooEasy())).append(" % facility, too hard below ")
                .append(Axis.label(t.tooHard())).append(" %, does not discriminate below ").append(Axis.label(t.discrimination()))
                .append(" % discrimination, low discriminative efficiency below ").append(Axis.label(t.efficiency())).append(" %. n/a: cannot be computed (fewer than two candidates, or every candidate had the same mark).</p>\n");
        table(h, stats.items());
        h.append("<h3 id=\"facility\">Facility by question</h3>\n");
        h.append(ChartFigure.bars(facility(stats.items(), t)));
        h.append("<h3 id=\"points\">Grid points: which points candidates earn</h3>\n<p>For each question, the share of all ")
                .append("candidates credited each point of its grid. A point that few earn is either hard or worded in a way ")
                .append("the grid does not catch: worth a look at the answers.</p>\n<div class=\"points\">\n");
        for (int i = 0; i < stats.items().size(); i++) {
            points(h, stats.items().get(i), "pts-" + HtmlIds.of(stats.items().get(i).item().number(), i + 1));
        }
        h.append("</div>\n</section>\n");
    }

    private static void table(StringBuilder h, List<ItemStatistics> items) {
        h.append("<table class=\"wide items\">\n<caption>Statistics per question</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Question</th><th scope=\"col\">Id</th><th scope=\"col\">Topic</th>")
                .append("<th scope=\"col\" class=\"num\">Marks</th><th scope=\"col\" class=\"num\">Answered</th>")
                .append("<th scope=\"col\" class=\"num\">Facility %</th><th scope=\"col\" class=\"num\">SD %</th>")
                .append("<th scope=\"col\" class=\"num\">Discrimi&#173;nation %</th><th scope=\"col\" class=\"num\">Efficiency %</th>")
                .append("<th scope=\"col\" class=\"num\">Sent to review %</th><th scope=\"col\">Flags</th></tr></thead>\n<tbody>\n");
        for (ItemStatistics s : items) {
            h.append("<tr><th scope=\"row\">").append(Html.esc(s.item().number())).append("</th><td class=\"id\">").append(Html.esc(s.item().id()))
                    .append("</td><td>").append(Html.esc(s.item().topic())).append("</td><td class=\"num\">").append(s.item().max())
                    .append("</td><td class=\"num\">").append(s.answered()).append("</td><td class=\"num\">")
                    .append(Numbers.cell(s.facility(), 1)).append("</td><td class=\"num\">").append(Numbers.cell(s.sd(), 1))
                    .append("</td><td class=\"num\">").append(Numbers.cell(s.discrimination(), 1)).append("</td><td class=\"num\">")
                    .append(Numbers.cell(s.efficiency(), 1)).append("</td><td class=\"num\">").append(Numbers.cell(s.reviewShare(), 0))
                    .append("</td><td>").append(flags(s)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    static String flags(ItemStatistics s) {
        if (s.flags().isEmpty()) {
            return "<span class=\"none\">none</span>";
        }
        return s.flags().stream().map(f -> "<span class=\"flag\">" + Html.esc(f.label()) + "</span>").collect(Collectors.joining(" "));
    }

    private static BarChart facility(List<ItemStatistics> items, Thresholds t) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (ItemStatistics s : items) {
            String note = s.flags().contains(Flag.TOO_EASY) ? Flag.TOO_EASY.label()
                    : s.flags().contains(Flag.TOO_HARD) ? Flag.TOO_HARD.label() : "";
            double f = Double.isNaN(s.facility()) ? 0 : s.facility();
            bars.add(new BarChart.Bar(s.item().number() + " (" + s.item().id() + ")", f, Numbers.percent(s.facility(), 1), note));
        }
        return new BarChart("chart-facility", "Facility of each question",
                "The mean mark of each question as a percentage of its marks. Dashed lines mark the thresholds: below "
                        + Axis.label(t.tooHard()) + " % a question is flagged too hard, above " + Axis.label(t.tooEasy()) + " % too easy.",
                "Question", "Facility (%)", 100, bars,
                List.of(new BarChart.Line(t.tooHard(), "too hard < " + Axis.label(t.tooHard()) + " %"),
                        new BarChart.Line(t.tooEasy(), "too easy > " + Axis.label(t.tooEasy()) + " %")));
    }

    private static void points(StringBuilder h, ItemStatistics s, String id) {
        h.append("<section aria-labelledby=\"").append(id).append("\">\n<h4 id=\"").append(id).append("\">Question ").append(Html.esc(s.item().number())).append(" \u00b7 ")
                .append(Html.esc(s.item().id())).append(" \u00b7 ").append(s.item().max()).append(s.item().max() == 1 ? " mark" : " marks")
                .append(" \u00b7 facility ").append(Numbers.percent(s.facility(), 0)).append("</h4>\n");
        if (s.points().isEmpty()) {
            h.append("<p class=\"none\">No grid point was credited to anyone, and the grid's points are not known.</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th scope=\"col\">Grid point</th><th scope=\"col\" class=\"num\">Credited</th>")
                .append("<th scope=\"col\" class=\"num\">Share</th></tr></thead>\n<tbody>\n");
        for (PointFacility p : s.points()) {
            // a long point id may break after an underscore, not inside a word
            h.append("<tr><th scope=\"row\">").append(Html.esc(p.point()).replace("_", "_<wbr/>")).append("</th><td class=\"num\">")
                    .append(p.credited())
                    .append("</td><td class=\"num\">").append(meter(p.facility())).append(' ').append(Html.fixed(p.facility(), 0))
                    .append(" %").append(p.credited() == 0 ? " (never)" : "").append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** A small bar beside a number in a table: decoration only, hidden from screen readers (the number is there). */
    static String meter(double percent) {
        double w = Math.max(0, Math.min(100, percent)) * 0.5;
        return "<svg class=\"meter\" aria-hidden=\"true\" focusable=\"false\" width=\"50\" height=\"10\" viewBox=\"0 0 50 10\">"
                + "<rect x=\"0\" y=\"0\" width=\"50\" height=\"10\" fill=\"none\" stroke=\"#767676\"/>"
                + "<rect x=\"0\" y=\"0\" width=\"" + Html.px(w) + "\" height=\"10\" fill=\"#2f5f98\"/></svg>";
    }
}
