package org.examengine.paper;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a series of papers repeats itself: the most questions any two papers share, the mean over
 * all pairs, and how many distinct questions appear on more than one paper.
 */
public record SeriesOverlap(int mostShared, double meanShared, int reused, int distinct) {

    public static SeriesOverlap of(List<Paper> papers) {
        List<Set<String>> ids = papers.stream()
                .map(p -> (Set<String>) new HashSet<>(p.allQuestions().stream().map(PaperQuestion::id).toList())).toList();
        int most = 0;
        long total = 0;
        int pairs = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Set<String> shared = new HashSet<>(ids.get(i));
                shared.retainAll(ids.get(j));
                most = Math.max(most, shared.size());
                total += shared.size();
                pairs++;
            }
        }
        Map<String, Integer> uses = new HashMap<>();
        ids.forEach(set -> set.forEach(id -> uses.merge(id, 1, Integer::sum)));
        int reused = (int) uses.values().stream().filter(n -> n > 1).count();
        return new SeriesOverlap(most, pairs == 0 ? 0 : (double) total / pairs, reused, uses.size());
    }
}
