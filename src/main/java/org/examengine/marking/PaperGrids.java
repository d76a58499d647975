package org.examengine.marking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examengine.grid.Grid;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;

/**
 * Whether a folder's grids still fit a paper: every question on it needs a grid out of the same marks. A
 * grid written for a question that has since changed its marks, or a question with no grid, would mark
 * candidates wrongly, so marking against the paper is refused, naming each one.
 */
public final class PaperGrids {

    private PaperGrids() {
    }

    /** Each mismatch, in paper order; empty when every question has a fitting grid. */
    public static List<String> mismatches(Paper paper, Map<String, Grid> grids) {
        List<String> problems = new ArrayList<>();
        for (PaperQuestion q : paper.allQuestions()) {
            Grid grid = grids.get(q.id());
            if (grid == null) {
                problems.add("question " + q.number() + " (" + q.id() + ") of paper " + paper.id() + " has no grid");
            } else if (grid.max() != q.marks()) {
                problems.add("question " + q.number() + " (" + q.id() + ") of paper " + paper.id() + " is worth " + q.marks()
                        + " marks, but its grid (" + grid.origin().location().render() + ") gives up to " + grid.max());
            }
        }
        return problems;
    }

    /** The grids of the paper's questions only: answers to other questions are not part of this paper. */
    public static Map<String, Grid> onPaper(Paper paper, Map<String, Grid> grids) {
        Map<String, Grid> kept = new LinkedHashMap<>();
        paper.allQuestions().forEach(q -> {
            if (grids.containsKey(q.id())) {
                kept.put(q.id(), grids.get(q.id()));
            }
        });
        return kept;
    }
}
