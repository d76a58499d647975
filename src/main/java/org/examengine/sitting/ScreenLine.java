package org.examengine.sitting;

import java.util.List;

/** One row of the screen as plain values: its text (already safe to show) and the tones of its parts. */
record ScreenLine(String text, List<ScreenLine.Span> spans) {

    /** Chars {@code start} (inclusive) to {@code end} (exclusive) of the line's text have this tone. */
    record Span(int start, int end, Tone tone) {
    }

    ScreenLine {
        spans = List.copyOf(spans);
    }

    static final ScreenLine BLANK = new ScreenLine("", List.of());

    static ScreenLine of(String text, Tone tone) {
        return new LineBuilder().append(text, tone).build();
    }

    static ScreenLine plain(String text) {
        return new ScreenLine(text, List.of());
    }

    /** The first {@code width} columns, tones kept, no ellipsis (for rows whose overflow is only spaces). */
    ScreenLine clip(int width) {
        int keep = Columns.fittingChars(text, Math.max(0, width));
        if (keep == text.length()) {
            return this;
        }
        return new ScreenLine(text.substring(0, keep), spans.stream().filter(s -> s.start() < keep)
                .map(s -> new Span(s.start(), Math.min(s.end(), keep), s.tone())).toList());
    }

    int columns() {
        return Columns.of(text);
    }
}
