package org.examengine.validate;

import org.examengine.grid.Grid;

/** Marks a grid's worked examples. The command line chooses the marker; the validator only compares. */
@FunctionalInterface
public interface ExampleMarker {
    int mark(Grid grid, String answer);
}
