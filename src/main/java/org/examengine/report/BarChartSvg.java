package org.examengine.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link BarChart} as inline SVG: labels on the left (wrapped to two lines when long), bars on a
 * value axis with light grid lines, the value written after each bar with its note in words, and the
 * reference lines dashed and labelled at the top. Accessible as one image: {@code role="img"}, a title and a
 * description referenced by {@code aria-labelledby} and {@code aria-describedby}.
 */
final class BarChartSvg {

    static final int WIDTH = 760;
    private static final double CHAR = 7.0;
    private static final int LINE_CHARS = 46;
    private static final int ROW = 24;
    private static final int ROW2 = 38;
    private static final int VALUE_SPACE = 150;

    private BarChartSvg() {
    }

    static String render(BarChart chart) {
        List<List<String>> labels = chart.bars().stream().map(b -> wrap(b.label())).toList();
        int longest = labels.stream().flatMap(List::stream).mapToInt(String::length).max().orElse(4);
        double labelWidth = Math.min(LINE_CHARS * CHAR, Math.max(48, longest * CHAR)) + 10;
        double x0 = labelWidth + 6;
        double plot = WIDTH - x0 - VALUE_SPACE;
        Axis axis = chart.max() == 100 ? Axis.fixed(100, 20) : Axis.upTo(chart.max());
        double top = chart.lines().isEmpty() ? 8 : 40;
        double height = top;
        for (List<String> l : labels) {
            height += l.size() > 1 ? ROW2 : ROW;
        }
        double plotBottom = height;
        height += 40;
        StringBuilder s = new StringBuilder();
        SvgOpen.open(s, chart.id(), chart.title(), chart.description(), WIDTH, height);
        grid(s, axis, x0, plot, top, plotBottom);
        double y = top;
        for (int i = 0; i < chart.bars().size(); i++) {
            BarChart.Bar bar = chart.bars().get(i);
            int rowHeight = labels.get(i).size() > 1 ? ROW2 : ROW;
            double barWidth = Math.max(0, Math.min(1, bar.value() / axis.max())) * plot;
            double mid = y + rowHeight / 2.0;
            label(s, labels.get(i), labelWidth, mid);
            s.append("<rect class=\"bar\" x=\"").append(Html.px(x0)).append("\" y=\"").append(Html.px(mid - 8))
                    .append("\" width=\"").append(Html.px(barWidth)).append("\" height=\"16\" fill=\"#2f5f98\"/>\n");
            s.append("<text class=\"value\" x=\"").append(Html.px(x0 + barWidth + 6)).append("\" y=\"").append(Html.px(mid + 4.5))
                    .append("\">").append(Html.esc(bar.shown())).append("</text>");
            if (!bar.note().isEmpty()) {
                s.append("<text class=\"note\" x=\"").append(Html.px(x0 + barWidth + 10 + bar.shown().length() * CHAR))
                        .append("\" y=\"").append(Html.px(mid + 4.5)).append("\" font-weight=\"bold\">")
                        .append(Html.esc(bar.note())).append("</text>");
            }
            s.append('\n');
            y += rowHeight;
        }
        lines(s, chart.lines(), axis, x0, plot, top - 8, plotBottom);
        s.append("<text x=\"").append(Html.px(x0 + plot / 2)).append("\" y=\"").append(Html.px(height - 6))
                .append("\" text-anchor=\"middle\">").append(Html.esc(chart.valueHeading())).append("</text>\n</svg>\n");
        return s.toString();
    }

    private static void grid(StringBuilder s, Axis axis, double x0, double plot, double top, double bottom) {
        for (int i = 0; i < axis.ticks(); i++) {
            double x = x0 + axis.tick(i) / axis.max() * plot;
            s.append("<line x1=\"").append(Html.px(x)).append("\" y1=\"").append(Html.px(top)).append("\" x2=\"")
                    .append(Html.px(x)).append("\" y2=\"").append(Html.px(bottom)).append("\" stroke=\"")
                    .append(i == 0 ? "#333" : "#d0d0d0").append("\"/>");
            s.append("<text x=\"").append(Html.px(x)).append("\" y=\"").append(Html.px(bottom + 16))
                    .append("\" text-anchor=\"middle\" fill=\"#333\">").append(Axis.label(axis.tick(i))).append("</text>\n");
        }
    }

    private static void label(StringBuilder s, List<String> lines, double right, double mid) {
        double first = mid + 4.5 - (lines.size() - 1) * 7;
        s.append("<text x=\"").append(Html.px(right)).append("\" y=\"").append(Html.px(first)).append("\" text-anchor=\"end\">");
        for (int i = 0; i < lines.size(); i++) {
            if (lines.size() == 1) {
                s.append(Html.esc(lines.get(i)));
            } else {
                s.append("<tspan x=\"").append(Html.px(right)).append("\" dy=\"").append(i == 0 ? "0" : "14").append("\">")
                        .append(Html.esc(lines.get(i))).append("</tspan>");
            }
        }
        s.append("</text>\n");
    }

    /** Dashed vertical lines down to {@code bottom}, each named at {@code labelY} (staggered upwards when two are close). */
    static void lines(StringBuilder s, List<BarChart.Line> lines, Axis axis, double x0, double plot, double labelY, double bottom) {
        double lastX = -1000;
        int tier = 0;
        for (BarChart.Line line : lines) {
            double x = x0 + Math.max(0, Math.min(1, line.at() / axis.max())) * plot;
            tier = x - lastX < 110 ? 1 - tier : 0;
            lastX = x;
            s.append("<line class=\"mark\" x1=\"").append(Html.px(x)).append("\" y1=\"").append(Html.px(labelY + 4 - tier * 16))
                    .append("\" x2=\"").append(Html.px(x)).append("\" y2=\"").append(Html.px(bottom))
                    .append("\" stroke=\"#a4262c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            s.append("<text class=\"mark-label\" x=\"").append(Html.px(x)).append("\" y=\"").append(Html.px(labelY - tier * 16))
                    .append("\" text-anchor=\"middle\" fill=\"#a4262c\" font-weight=\"bold\">").append(Html.esc(line.label()))
                    .append("</text>\n");
        }
    }

    /** One or two lines of at most {@link #LINE_CHARS} characters, broken at a space; longer text is cut with an ellipsis. */
    static List<String> wrap(String label) {
        if (label.length() <= LINE_CHARS) {
            return List.of(label);
        }
        int cut = label.lastIndexOf(' ', LINE_CHARS);
        if (cut <= 0) {
            cut = LINE_CHARS;
        }
        String rest = label.substring(cut).strip();
        if (rest.length() > LINE_CHARS) {
            rest = rest.substring(0, LINE_CHARS - 1) + "\u2026";
        }
        List<String> out = new ArrayList<>();
        out.add(label.substring(0, cut).strip());
        out.add(rest);
        return out;
    }
}
