package org.examengine.sitting;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of the screen between header and footer: its rows, the cursor within them (row -1: hidden) and the
 * geometry the keys need (the answer area, the reading view's scroll).
 */
record Pane(List<ScreenLine> lines, int cursorRow, int cursorColumn, Frame.AnswerArea answer, int readTop) {

    Pane {
        lines = List.copyOf(lines);
    }

    static Pane text(List<ScreenLine> lines) {
        return new Pane(lines, -1, 0, Frame.AnswerArea.NONE, 0);
    }

    /** Exactly {@code rows} rows: cut at the bottom or padded with blank rows. */
    Pane sized(int rows) {
        List<ScreenLine> out = new ArrayList<>(lines.subList(0, Math.min(rows, lines.size())));
        while (out.size() < rows) {
            out.add(ScreenLine.BLANK);
        }
        return new Pane(out, cursorRow < rows ? cursorRow : -1, cursorColumn, answer, readTop);
    }
}
