package org.examengine.grid;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.examengine.source.Origin;

/**
 * The marking grid of one question. Groups keep the order written. {@code marksByCount}, when not empty,
 * gives the mark for a points total of 0, 1, 2... (the last entry for more) in place of the total itself.
 */
public record Grid(String question, int max, Map<String, Group> groups, List<Point> points, List<Integer> marksByCount,
                   List<Phrase> reject, List<Phrase> misread, String guidance, List<Example> examples, Origin origin) {
    public Grid {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(origin, "origin");
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        points = List.copyOf(points);
        marksByCount = List.copyOf(marksByCount);
        reject = List.copyOf(reject);
        misread = List.copyOf(misread);
        examples = List.copyOf(examples);
    }

    public Optional<Group> group(String id) {
        return Optional.ofNullable(id == null ? null : groups.get(id));
    }

    /**
     * The most marks the points can give together: every ungrouped point, plus each group's points up to
     * its cap, through {@code marksByCount} when given. A grid whose {@code max} is above this can never award
     * full marks.
     */
    public int reachable() {
        return total(p -> true);
    }

    /**
     * The mark these credited points earn: a point whose needed point is not credited earns nothing; the rest
     * are summed, each group capped, looked up in {@code marksByCount} when given, and capped by max.
     */
    public int markFor(Set<String> credited) {
        return Math.min(max, total(p -> credited.contains(p.id()) && (p.needs() == null || credited.contains(p.needs()))));
    }

    private int total(Predicate<Point> earns) {
        int total = 0;
        Map<String, Integer> perGroup = new java.util.HashMap<>();
        for (Point p : points) {
            if (!earns.test(p)) {
                continue;
            }
            if (p.group() != null && groups.containsKey(p.group())) {
                perGroup.merge(p.group(), p.marks(), Integer::sum);
            } else {
                total += p.marks();
            }
        }
        for (Map.Entry<String, Integer> e : perGroup.entrySet()) {
            total += Math.min(e.getValue(), groups.get(e.getKey()).cap());
        }
        return marksByCount.isEmpty() ? total : marksByCount.get(Math.min(total, marksByCount.size() - 1));
    }
}
