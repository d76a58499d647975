package org.examengine.validate;

import org.examengine.grid.Grid;
import org.examengine.marking.QuestionMark;

/** Marks a grid's worked examples. The command line chooses the marker; the validator only compares. */
@FunctionalInterface
public interface ExampleMarker {
    /**
     * @param stem the question's stem, or {@code null} when its bank was not validated
     */
    QuestionMark mark(Grid grid, String stem, String answer);
}
