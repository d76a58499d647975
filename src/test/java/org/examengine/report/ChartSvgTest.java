package org.examengine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SVG chart builders: one accessible image per chart, sizes in proportion, and a table with the same numbers. */
class ChartSvgTest {

    private static final BarChart BARS = new BarChart("c1", "Facility <by> question", "Mean mark & more", "Question",
            "Facility (%)", 100,
            List.of(new BarChart.Bar("1 (L2-001)", 25, "25.0 %"), new BarChart.Bar("2 <b>", 50, "50.0 %", "too hard"),
                    new BarChart.Bar("3", 100, "100.0 %", "too easy")),
            List.of(new BarChart.Line(20, "too hard < 20 %"), new BarChart.Line(90, "too easy > 90 %")));

    @Test
    void aBarChartIsOneImageWithTitleAndDescriptionItsScreenReaderNames() {
        Document d = Xhtml.parse(ChartFigure.bars(BARS));
        Element svg = Xhtml.one(d, "//svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        Element title = Xhtml.one(svg, "title");
        Element desc = Xhtml.one(svg, "desc");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id")).isEqualTo("c1-title");
        assertThat(svg.getAttribute("aria-describedby")).isEqualTo(desc.getAttribute("id"));
        // text from outside is escaped, in the image and in its table
        assertThat(title.getTextContent()).isEqualTo("Facility <by> question");
        assertThat(desc.getTextContent()).isEqualTo("Mean mark & more");
        assertThat(Xhtml.texts(d, "//table/tbody/tr/th")).containsExactly("1 (L2-001)", "2 <b>", "3");
    }

    @Test
    void barsAreInProportionToTheirValuesOnTheAxis() {
        Document d = Xhtml.parse(BarChartSvg.render(BARS));
        List<Double> widths = Xhtml.all(d, "//rect[@class='bar']").stream()
                .map(r -> Double.parseDouble(r.getAttribute("width"))).toList();
        // 25, 50 and 100 of an axis to 100: a quarter, a half and the whole plot width
        assertThat(widths.get(1)).isCloseTo(2 * widths.get(0), org.assertj.core.data.Offset.offset(0.2));
        assertThat(widths.get(2)).isCloseTo(4 * widths.get(0), org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void theTableHoldsTheNumbersTheChartWritesAndTheNotesInWords() {
        Document d = Xhtml.parse(ChartFigure.bars(BARS));
        assertThat(Xhtml.texts(d, "//svg//text[@class='value']")).containsExactly("25.0 %", "50.0 %", "100.0 %");
        assertThat(Xhtml.texts(d, "//table//td[@class='num']")).containsExactly("25.0 %", "50.0 %", "100.0 %");
        assertThat(Xhtml.texts(d, "//svg//text[@class='note']")).containsExactly("too hard", "too easy");
        assertThat(Xhtml.texts(d, "//table/tbody/tr/td[2]")).containsExactly("", "too hard", "too easy");
        assertThat(Xhtml.texts(d, "//svg//text[@class='mark-label']")).containsExactly("too hard < 20 %", "too easy > 90 %");
        assertThat(Xhtml.one(d, "//p[@class='lines']").getTextContent()).contains("too hard < 20 %; too easy > 90 %");
        assertThat(Xhtml.all(d, "//th[not(@scope)]")).isEmpty();
    }

    @Test
    void aHistogramDrawsAColumnPerNonEmptyBinWithItsCountAndTheBoundaries() {
        Histogram h = new Histogram("h", "Marks", "Totals", "% of the paper", "Band", "Candidates",
                List.of(new Histogram.Bin(0, 50, "0 to under 50 %", 4), new Histogram.Bin(50, 60, "50 to under 60 %", 0),
                        new Histogram.Bin(60, 100, "60–100 %", 2)),
                List.of(new BarChart.Line(60, "Pass 60 %")));
        Document d = Xhtml.parse(ChartFigure.histogram(h));
        List<Element> bars = Xhtml.all(d, "//rect[@class='bar']");
        assertThat(bars).hasSize(2);
        double h4 = Double.parseDouble(bars.get(0).getAttribute("height"));
        double h2 = Double.parseDouble(bars.get(1).getAttribute("height"));
        assertThat(h4).isCloseTo(2 * h2, org.assertj.core.data.Offset.offset(0.2));
        // widths follow the bins' spans: 50 points against 40
        double w0 = Double.parseDouble(bars.get(0).getAttribute("width")) + 2;
        double w2 = Double.parseDouble(bars.get(1).getAttribute("width")) + 2;
        assertThat(w0 / w2).isCloseTo(50.0 / 40, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Xhtml.texts(d, "//svg//text[@class='value']")).containsExactly("4", "2");
        assertThat(Xhtml.texts(d, "//table//td[@class='num']")).containsExactly("4", "0", "2");
        assertThat(Xhtml.texts(d, "//svg//text[@class='mark-label']")).containsExactly("Pass 60 %");
        // the Pass line is where the 60 % edge is: the left edge of the third bin's column
        double line = Double.parseDouble(Xhtml.one(d, "//line[@class='mark']").getAttribute("x1"));
        assertThat(line).isCloseTo(Double.parseDouble(bars.get(1).getAttribute("x")) - 1, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void histogramBinsMustFollowOnAndBarChartsNeedAnAxis() {
        assertThatThrownBy(() -> new Histogram("h", "t", "d", "a", "b", "c",
                List.of(new Histogram.Bin(0, 10, "a", 1), new Histogram.Bin(20, 30, "b", 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BarChart("b", "t", "d", "l", "v", 0, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void axesEndOnARoundTick() {
        // 13 candidates: raw step 13/5 = 2.6, next of 1-2-5 is 5, so ticks 0..15
        assertThat(Axis.upTo(13)).isEqualTo(new Axis(15, 5));
        // 6: raw 1.2, step 2, ends at 6
        assertThat(Axis.upTo(6)).isEqualTo(new Axis(6, 2));
        // nothing counted: one whole step
        assertThat(Axis.upTo(0)).isEqualTo(new Axis(1, 1));
        assertThat(Axis.upTo(100)).isEqualTo(new Axis(100, 20));
    }

    @Test
    void longLabelsWrapToTwoLinesAtASpace() {
        assertThat(BarChartSvg.wrap("FM Organisation's policies, complaints and confidentiality"))
                .containsExactly("FM Organisation's policies, complaints and", "confidentiality");
        assertThat(BarChartSvg.wrap("short")).containsExactly("short");
    }
}
