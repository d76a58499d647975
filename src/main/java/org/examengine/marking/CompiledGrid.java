package org.examengine.marking;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A grid ready to mark with: every phrase analysed once, group caps, and the stems of the question's own
 * words (so that copying the question earns nothing). Immutable; shared across threads.
 */
public record CompiledGrid(String question, int max, List<CompiledPoint> points, List<CompiledPhrase> reject,
                           Map<String, Integer> caps, Set<String> questionStems) {
    public CompiledGrid {
        Objects.requireNonNull(question, "question");
        points = List.copyOf(points);
        reject = List.copyOf(reject);
        caps = Map.copyOf(caps);
        questionStems = Set.copyOf(questionStems);
    }

    /** One point: its marks, optional group, and its compiled accept phrases. */
    public record CompiledPoint(String id, int marks, String group, List<CompiledPhrase> accept) {
        public CompiledPoint {
            Objects.requireNonNull(id, "id");
            accept = List.copyOf(accept);
        }
    }

    @Override
    public String toString() {
        return "CompiledGrid[" + question + ", max " + max + ", " + points.size() + " points, " + reject.size() + " reject]";
    }
}
