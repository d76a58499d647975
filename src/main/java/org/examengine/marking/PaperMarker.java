package org.examengine.marking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examengine.grid.Grid;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;
import org.examengine.text.EnglishWords;
import org.examengine.text.TextAnalysis;

/**
 * Marks the answers to one paper: each with its question's grid (compiled with the paper's stem), checking
 * low-scoring answers against the paper's other grids for a misreading. A row for a question not on the
 * paper is rejected. A blank answer scores 0 without being analysed.
 */
public final class PaperMarker implements RowMarker {

    private final String paperId;
    private final Marker marker;
    private final Map<String, CompiledGrid> byQuestion = new HashMap<>();
    private final List<CompiledGrid> inPaperOrder;

    /** @param grids a grid for every question of the paper (see {@link PaperGrids#mismatches}) */
    public PaperMarker(Paper paper, Map<String, Grid> grids, TextAnalysis analysis, EnglishWords english) {
        this.paperId = paper.id();
        this.marker = new Marker(analysis, english);
        GridCompiler compiler = new GridCompiler(analysis, english);
        for (PaperQuestion q : paper.allQuestions()) {
            Grid grid = grids.get(q.id());
            if (grid == null) {
                throw new IllegalArgumentException("no grid for " + q.id());
            }
            byQuestion.put(q.id(), compiler.compile(grid, q.stem()));
        }
        this.inPaperOrder = paper.allQuestions().stream().map(q -> byQuestion.get(q.id())).toList();
    }

    @Override
    public Outcome mark(AnswerRow row) {
        CompiledGrid grid = byQuestion.get(row.question());
        if (grid == null) {
            return new Outcome.Rejected(row, "question '" + row.question() + "' is not on paper " + paperId);
        }
        if (row.answer().isBlank()) {
            return new Outcome.Marked(row, new QuestionMark(grid.question(), 0, grid.max(), List.of(), Set.of()), null);
        }
        PaperMark mark = marker.markOnPaper(grid, row.answer(), inPaperOrder);
        return new Outcome.Marked(row, mark.mark(), mark.misreading());
    }
}
