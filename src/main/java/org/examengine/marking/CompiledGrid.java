package org.examengine.marking;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.examengine.grid.Grid;

/**
 * A grid ready to mark with: the grid it came from (which says what credited points are worth), every
 * phrase analysed once (accept, reject, and misread: what a candidate who misread the question writes), the
 * stems of the question's own words (so that copying the question earns nothing), the grid's words for spotting misspellings, and the stems of its words' WordNet synonyms (to the grid
 * stem each may stand for), which never earn a mark but may send one to review. Immutable; shared across
 * threads.
 */
public record CompiledGrid(Grid grid, List<CompiledPoint> points, List<CompiledPhrase> reject,
                           List<CompiledPhrase> misread, Set<String> questionStems, SpellingIndex spelling,
                           Map<String, String> relatedStems) {
    public CompiledGrid {
        Objects.requireNonNull(grid, "grid");
        points = List.copyOf(points);
        reject = List.copyOf(reject);
        misread = List.copyOf(misread);
        questionStems = Set.copyOf(questionStems);
        Objects.requireNonNull(spelling, "spelling");
        relatedStems = Map.copyOf(relatedStems);
    }

    public String question() {
        return grid.question();
    }

    public int max() {
        return grid.max();
    }

    /** One point: its id and marks (for its evidence) and its compiled accept phrases. */
    public record CompiledPoint(String id, int marks, List<CompiledPhrase> accept) {
        public CompiledPoint {
            Objects.requireNonNull(id, "id");
            accept = List.copyOf(accept);
        }
    }

    /** The mark these credited points earn, by the grid's rules (needs, group caps, marks_by_count, max). */
    public int total(List<String> credited) {
        return grid.markFor(Set.copyOf(credited));
    }

    @Override
    public String toString() {
        return "CompiledGrid[" + question() + ", max " + max() + ", " + points.size() + " points, " + reject.size() + " reject]";
    }
}
