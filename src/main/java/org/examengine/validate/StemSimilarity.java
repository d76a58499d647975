package org.examengine.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.examengine.bank.Question;
import org.examengine.source.Finding;
import org.examengine.text.TextAnalysis;

/**
 * Finds questions whose stems say nearly the same thing: the same content stems, or sets of stems that
 * overlap by at least {@link #THRESHOLD} (Jaccard). Two such questions on one paper would test one thing twice.
 */
final class StemSimilarity {

    static final double THRESHOLD = 0.8;

    private final TextAnalysis analysis;

    StemSimilarity(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    List<Finding> check(List<Question> questions) {
        List<Set<String>> stems = new ArrayList<>();
        for (Question q : questions) {
            stems.add(new HashSet<>(analysis.contentStems(q.stem())));
        }
        List<Finding> findings = new ArrayList<>();
        for (int j = 1; j < questions.size(); j++) {
            for (int i = 0; i < j; i++) {
                double similarity = jaccard(stems.get(i), stems.get(j));
                if (similarity >= THRESHOLD) {
                    Question earlier = questions.get(i);
                    Question later = questions.get(j);
                    findings.add(Finding.warning(later.origin().of("stem"), "stem of " + later.id()
                            + " is nearly the same as the stem of " + earlier.id() + " at "
                            + earlier.origin().of("stem").render() + " (" + Math.round(similarity * 100) + "% of words shared)"));
                    break;
                }
            }
        }
        return findings;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }
}
