package org.examengine.marking;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.examengine.grid.Grid;
import org.examengine.text.EnglishWords;
import org.examengine.text.TextAnalysis;

/** Marks answers with grids as read, compiling each grid once, the first time it is used. */
public final class GridMarker {

    private final GridCompiler compiler;
    private final Marker marker;
    private final Map<Grid, CompiledGrid> compiled = Collections.synchronizedMap(new IdentityHashMap<>());

    public GridMarker(TextAnalysis analysis, EnglishWords english) {
        this.compiler = new GridCompiler(analysis, english);
        this.marker = new Marker(analysis, english);
    }

    /**
     * @param stem the question as printed, or {@code null}; a grid is compiled with the stem of its first use
     */
    public QuestionMark mark(Grid grid, String stem, String answer) {
        return marker.mark(compiled(grid, stem), answer);
    }

    /** The mark with the reason each uncredited point was missed. */
    public Explanation explain(Grid grid, String stem, String answer) {
        return marker.explain(compiled(grid, stem), answer);
    }

    private CompiledGrid compiled(Grid grid, String stem) {
        return compiled.computeIfAbsent(grid, g -> compiler.compile(g, stem));
    }
}
