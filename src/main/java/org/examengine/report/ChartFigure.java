package org.examengine.report;

/**
 * A chart as the page shows it: a {@code <figure>} with the SVG, a visible caption, and the same numbers in
 * a real table behind a {@code <details>} (open to a screen reader, folded away for the eye).
 */
final class ChartFigure {

    private ChartFigure() {
    }

    static String bars(BarChart chart) {
        boolean notes = chart.bars().stream().anyMatch(b -> !b.note().isEmpty());
        StringBuilder s = open(chart.id(), chart.title());
        s.append(BarChartSvg.render(chart));
        details(s, chart.title());
        s.append("<thead><tr><th scope=\"col\">").append(Html.esc(chart.labelHeading())).append("</th><th scope=\"col\">")
                .append(Html.esc(chart.valueHeading())).append("</th>").append(notes ? "<th scope=\"col\">Note</th>" : "")
                .append("</tr></thead>\n<tbody>\n");
        for (BarChart.Bar b : chart.bars()) {
            s.append("<tr><th scope=\"row\">").append(Html.esc(b.label())).append("</th><td class=\"num\">")
                    .append(Html.esc(b.shown())).append("</td>").append(notes ? "<td>" + Html.esc(b.note()) + "</td>" : "")
                    .append("</tr>\n");
        }
        return close(s, chart.lines());
    }

    static String histogram(Histogram h) {
        StringBuilder s = open(h.id(), h.title());
        s.append(HistogramSvg.render(h));
        details(s, h.title());
        s.append("<thead><tr><th scope=\"col\">").append(Html.esc(h.binHeading())).append("</th><th scope=\"col\">")
                .append(Html.esc(h.countHeading())).append("</th></tr></thead>\n<tbody>\n");
        for (Histogram.Bin b : h.bins()) {
            s.append("<tr><th scope=\"row\">").append(Html.esc(b.label())).append("</th><td class=\"num\">").append(b.count())
                    .append("</td></tr>\n");
        }
        return close(s, h.lines());
    }

    private static StringBuilder open(String id, String title) {
        StringBuilder s = new StringBuilder();
        s.append("<figure class=\"chart\">\n<figcaption>").append(Html.esc(title)).append("</figcaption>\n");
        return s;
    }

    private static void details(StringBuilder s, String title) {
        s.append("<details class=\"data\"><summary>The numbers as a table</summary>\n<table>\n<caption>")
                .append(Html.esc(title)).append("</caption>\n");
    }

    private static String close(StringBuilder s, java.util.List<BarChart.Line> lines) {
        s.append("</tbody>\n</table>\n");
        if (!lines.isEmpty()) {
            s.append("<p class=\"lines\">Lines drawn on the chart: ")
                    .append(Html.esc(String.join("; ", lines.stream().map(BarChart.Line::label).toList()))).append(".</p>\n");
        }
        return s.append("</details>\n</figure>\n").toString();
    }
}
