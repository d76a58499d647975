package org.examengine.report;

import java.util.List;
import java.util.Objects;

/**
 * The data of a horizontal bar chart: one bar per row on a value axis from 0 to {@code max}, and reference
 * lines drawn across all rows (a boundary, a threshold). {@code shown} is the value as the chart and its
 * table both write it; {@code note} says in words what a colour or a line would otherwise say alone
 * (a flag such as "too easy"), or is empty.
 */
public record BarChart(String id, String title, String description, String labelHeading, String valueHeading,
                       double max, List<Bar> bars, List<Line> lines) {

    public BarChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(labelHeading, "labelHeading");
        Objects.requireNonNull(valueHeading, "valueHeading");
        if (!(max > 0)) {
            throw new IllegalArgumentException("max must be above 0: " + max);
        }
        bars = List.copyOf(bars);
        lines = List.copyOf(lines);
    }

    /** One row: its label, value, value as written and a note in words. */
    public record Bar(String label, double value, String shown, String note) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shown, "shown");
            Objects.requireNonNull(note, "note");
        }

        public Bar(String label, double value, String shown) {
            this(label, value, shown, "");
        }
    }

    /** A reference line at a value of the axis, with the words that name it. */
    public record Line(double at, String label) {
        public Line {
            Objects.requireNonNull(label, "label");
        }
    }
}
