package org.examengine.sitting;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link ScreenLine} piece by piece, each piece with its tone, and cuts it to the screen's width. */
final class LineBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<ScreenLine.Span> spans = new ArrayList<>();

    LineBuilder append(String shown) {
        return append(shown, Tone.PLAIN);
    }

    LineBuilder append(String shown, Tone tone) {
        int start = text.length();
        text.append(shown);
        if (tone != Tone.PLAIN && !shown.isEmpty()) {
            spans.add(new ScreenLine.Span(start, text.length(), tone));
        }
        return this;
    }

    LineBuilder append(ScreenLine line) {
        int offset = text.length();
        text.append(line.text());
        for (ScreenLine.Span s : line.spans()) {
            spans.add(new ScreenLine.Span(s.start() + offset, s.end() + offset, s.tone()));
        }
        return this;
    }

    /** Spaces up to {@code column}. */
    LineBuilder padTo(int column) {
        int missing = column - columns();
        if (missing > 0) {
            text.append(" ".repeat(missing));
        }
        return this;
    }

    int columns() {
        return Columns.of(text.toString());
    }

    ScreenLine build() {
        return new ScreenLine(text.toString(), spans);
    }

    /** The line cut to {@code width} columns (an ellipsis marks the cut), its tones clipped with it. */
    ScreenLine build(int width) {
        String all = text.toString();
        if (Columns.of(all) <= width) {
            return build();
        }
        if (width <= 0) {
            return ScreenLine.BLANK;
        }
        int keep = Columns.fittingChars(all, width - 1);
        List<ScreenLine.Span> clipped = new ArrayList<>();
        for (ScreenLine.Span s : spans) {
            if (s.start() < keep) {
                clipped.add(new ScreenLine.Span(s.start(), Math.min(s.end(), keep), s.tone()));
            }
        }
        return new ScreenLine(all.substring(0, keep) + Columns.ELLIPSIS, clipped);
    }
}
