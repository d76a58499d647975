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
                           Map<String, Integer> caps, List<Integer> marksByCount, Set<String> questionStems,
                           SpellingIndex spelling) {
    public CompiledGrid {
        Objects.requireNonNull(question, "question");
        points = List.copyOf(points);
        reject = List.copyOf(reject);
        caps = Map.copyOf(caps);
        marksByCount = List.copyOf(marksByCount);
        questionStems = Set.copyOf(questionStems);
        Objects.requireNonNull(spelling, "spelling");
    }

    /** One point: its marks, optional group, the point it needs (or null), and its compiled accept phrases. */
    public record CompiledPoint(String id, int marks, String group, String needs, List<CompiledPhrase> accept) {
        public CompiledPoint {
            Objects.requireNonNull(id, "id");
            accept = List.copyOf(accept);
        }
    }

    /**
     * The mark for these credited points: a point whose needed point is not among them earns nothing; the
     * rest are summed, capped per group, looked up in {@code marksByCount} when there is one, and capped by max.
     */
    public int total(List<String> credited) {
        Set<String> ids = Set.copyOf(credited);
        Map<String, Integer> perGroup = new java.util.HashMap<>();
        int total = 0;
        for (CompiledPoint p : points) {
            if (!ids.contains(p.id()) || p.needs() != null && !ids.contains(p.needs())) {
                continue;
            }
            if (p.group() == null) {
                total += p.marks();
            } else {
                perGroup.merge(p.group(), p.marks(), Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> g : perGroup.entrySet()) {
            total += Math.min(g.getValue(), caps.get(g.getKey()));
        }
        if (!marksByCount.isEmpty()) {
            total = marksByCount.get(Math.min(total, marksByCount.size() - 1));
        }
        return Math.min(total, max);
    }

    @Override
    public String toString() {
        return "CompiledGrid[" + question + ", max " + max + ", " + points.size() + " points, " + reject.size() + " reject]";
    }
}
