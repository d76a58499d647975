package org.examengine.report;

/** The opening of every chart: an {@code <svg>} that is one image to a screen reader, with its title and description. */
final class SvgOpen {

    private SvgOpen() {
    }

    static void open(StringBuilder s, String id, String title, String description, double width, double height) {
        String e = Html.esc(id);
        s.append("<svg class=\"chart\" id=\"").append(e).append("\" role=\"img\" aria-labelledby=\"")
                .append(e).append("-title\" aria-describedby=\"").append(e).append("-desc\" viewBox=\"0 0 ")
                .append(Html.px(width)).append(' ').append(Html.px(height)).append("\" width=\"").append(Html.px(width))
                .append("\" height=\"").append(Html.px(height))
                .append("\" font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\" font-size=\"13\" fill=\"#111\">\n")
                .append("<title id=\"").append(e).append("-title\">").append(Html.esc(title)).append("</title>\n")
                .append("<desc id=\"").append(e).append("-desc\">").append(Html.esc(description)).append("</desc>\n");
    }
}
