package org.examengine.sitting;

import java.util.List;

/**
 * One whole screen: its rows, where the cursor goes (row -1: hidden), and the geometry the keys need next time:
 * the answer area (the editor moves by its rows and wraps at its width) and the scroll of the reading view.
 */
record Frame(List<ScreenLine> lines, int cursorRow, int cursorColumn, AnswerArea answer, int readTop) {

    /** Where the answer is drawn: the width its text wraps at, how many rows show, the first row shown. */
    record AnswerArea(int wrapWidth, int rows, int top) {
        static final AnswerArea NONE = new AnswerArea(0, 0, 0);
    }

    Frame {
        lines = List.copyOf(lines);
    }

    boolean cursorShown() {
        return cursorRow >= 0;
    }
}
