package org.examengine.marking;

import org.examengine.grid.Grid;

/** Marks each row with the grid of its question, whatever paper it was on: for authors and benchmarks. */
public final class GridRowMarker implements RowMarker {

    private final MarkingSources sources;
    private final GridMarker marker;

    public GridRowMarker(MarkingSources sources, GridMarker marker) {
        this.sources = sources;
        this.marker = marker;
    }

    @Override
    public Outcome mark(AnswerRow row) {
        Grid grid = sources.grids().get(row.question());
        if (grid == null) {
            return new Outcome.Rejected(row, "no marking grid for question '" + row.question() + "'");
        }
        return new Outcome.Marked(row, marker.mark(grid, sources.stems().get(row.question()), row.answer()), null);
    }
}
