package org.examengine.report;

import java.util.List;

/**
 * Draws a {@link Histogram} as inline SVG: a column per bin with its count above it, a count axis on the
 * left, bin edges labelled under the columns, and the histogram's lines (grade boundaries) dashed and named
 * in words at the top, so no line relies on its colour.
 */
final class HistogramSvg {

    static final int WIDTH = 760;
    private static final int HEIGHT = 320;
    private static final double LEFT = 48;
    private static final double RIGHT = 16;
    private static final double TOP = 64;
    private static final double BOTTOM = 56;

    private HistogramSvg() {
    }

    static String render(Histogram h) {
        double plot = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double bottom = TOP + plotHeight;
        Axis counts = Axis.upTo(Math.max(1, h.highest()));
        double span = h.to() - h.from();
        StringBuilder s = new StringBuilder();
        SvgOpen.open(s, h.id(), h.title(), h.description(), WIDTH, HEIGHT);
        for (int i = 0; i < counts.ticks(); i++) {
            double y = bottom - counts.tick(i) / counts.max() * plotHeight;
            s.append("<line x1=\"").append(Html.px(LEFT)).append("\" y1=\"").append(Html.px(y)).append("\" x2=\"")
                    .append(Html.px(LEFT + plot)).append("\" y2=\"").append(Html.px(y)).append("\" stroke=\"")
                    .append(i == 0 ? "#333" : "#d0d0d0").append("\"/>");
            s.append("<text x=\"").append(Html.px(LEFT - 6)).append("\" y=\"").append(Html.px(y + 4.5))
                    .append("\" text-anchor=\"end\" fill=\"#333\">").append(Axis.label(counts.tick(i))).append("</text>\n");
        }
        List<Histogram.Bin> bins = h.bins();
        int every = Math.max(1, (int) Math.ceil(bins.size() / 10.0));
        for (int i = 0; i < bins.size(); i++) {
            Histogram.Bin bin = bins.get(i);
            double x = LEFT + (bin.from() - h.from()) / span * plot;
            double w = (bin.to() - bin.from()) / span * plot;
            double barHeight = bin.count() / counts.max() * plotHeight;
            if (bin.count() > 0) {
                s.append("<rect class=\"bar\" x=\"").append(Html.px(x + 1)).append("\" y=\"").append(Html.px(bottom - barHeight))
                        .append("\" width=\"").append(Html.px(Math.max(1, w - 2))).append("\" height=\"").append(Html.px(barHeight))
                        .append("\" fill=\"#2f5f98\"/>");
                s.append("<text class=\"value\" x=\"").append(Html.px(x + w / 2)).append("\" y=\"").append(Html.px(bottom - barHeight - 4))
                        .append("\" text-anchor=\"middle\">").append(bin.count()).append("</text>\n");
            }
            if (i % every == 0) {
                edge(s, x, bottom, bin.from());
            }
        }
        edge(s, LEFT + plot, bottom, h.to());
        BarChart.Line[] lines = h.lines().stream()
                .map(l -> new BarChart.Line((l.at() - h.from()) / span * 100, l.label())).toArray(BarChart.Line[]::new);
        BarChartSvg.lines(s, List.of(lines), Axis.fixed(100, 100), LEFT, plot, TOP - 30, bottom);
        s.append("<text x=\"").append(Html.px(LEFT + plot / 2)).append("\" y=\"").append(Html.px(HEIGHT - 8))
                .append("\" text-anchor=\"middle\">").append(Html.esc(h.axis())).append("</text>\n");
        s.append("<text x=\"14\" y=\"").append(Html.px(TOP + plotHeight / 2)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
                .append(Html.px(TOP + plotHeight / 2)).append(")\">").append(Html.esc(h.countHeading())).append("</text>\n</svg>\n");
        return s.toString();
    }

    private static void edge(StringBuilder s, double x, double bottom, double value) {
        s.append("<line x1=\"").append(Html.px(x)).append("\" y1=\"").append(Html.px(bottom)).append("\" x2=\"").append(Html.px(x))
                .append("\" y2=\"").append(Html.px(bottom + 5)).append("\" stroke=\"#333\"/>")
                .append("<text x=\"").append(Html.px(x)).append("\" y=\"").append(Html.px(bottom + 19))
                .append("\" text-anchor=\"middle\" fill=\"#333\">").append(Axis.label(value)).append("</text>\n");
    }
}
