package org.examengine.report;

import java.util.List;
import java.util.Objects;

/**
 * The data of a histogram: counts in consecutive bins of an axis (e.g. percent of the marks), and labelled
 * vertical lines on that axis (the grade boundaries). {@code axis} names the axis under the chart.
 */
public record Histogram(String id, String title, String description, String axis, String binHeading,
                        String countHeading, List<Bin> bins, List<BarChart.Line> lines) {

    public Histogram {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(binHeading, "binHeading");
        Objects.requireNonNull(countHeading, "countHeading");
        bins = List.copyOf(bins);
        lines = List.copyOf(lines);
        if (bins.isEmpty()) {
            throw new IllegalArgumentException("a histogram needs at least one bin");
        }
        for (int i = 1; i < bins.size(); i++) {
            if (bins.get(i).from() != bins.get(i - 1).to()) {
                throw new IllegalArgumentException("bins must follow on: " + bins.get(i - 1) + " then " + bins.get(i));
            }
        }
    }

    /** Values from {@code from} up to {@code to} (the last bin includes its top); {@code label} as the table writes it. */
    public record Bin(double from, double to, String label, int count) {
        public Bin {
            Objects.requireNonNull(label, "label");
            if (!(to > from) || count < 0) {
                throw new IllegalArgumentException("bad bin " + label + ": " + from + " to " + to + ", count " + count);
            }
        }
    }

    public double from() {
        return bins.get(0).from();
    }

    public double to() {
        return bins.get(bins.size() - 1).to();
    }

    public int highest() {
        return bins.stream().mapToInt(Bin::count).max().orElse(0);
    }
}
