package org.examengine.marking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examengine.grid.Grid;
import org.examengine.grid.Phrase;
import org.examengine.grid.Point;
import org.examengine.text.Segment;
import org.examengine.text.TextAnalysis;
import org.examengine.text.Word;

/**
 * A plain word-overlap marker that stands in until the full marker lands. A phrase credits its point when
 * all its content stems occur, unused, in one segment of the answer, in any order, and negation agrees: a
 * plain phrase is not credited from a segment negated before the match, a negated phrase needs a negated
 * segment. Reject phrases use their words up first. Marks are summed, capped per group and by max.
 */
public final class WordOverlapMarker {

    private final TextAnalysis analysis;

    public WordOverlapMarker(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    public int mark(Grid grid, String answer) {
        List<Segment> segments = analysis.segments(answer);
        boolean[][] used = new boolean[segments.size()][];
        for (int s = 0; s < segments.size(); s++) {
            used[s] = new boolean[segments.get(s).words().size()];
        }
        for (Phrase reject : grid.reject()) {
            List<Word> phrase = analysis.words(reject.text());
            for (int s = 0; s < segments.size(); s++) {
                match(phrase, segments.get(s), used[s]);
            }
        }
        Map<String, Integer> perGroup = new HashMap<>();
        int total = 0;
        for (Point point : grid.points()) {
            if (credited(point, segments, used)) {
                if (point.group() != null && grid.group(point.group()).isPresent()) {
                    perGroup.merge(point.group(), point.marks(), Integer::sum);
                } else {
                    total += point.marks();
                }
            }
        }
        for (Map.Entry<String, Integer> e : perGroup.entrySet()) {
            total += Math.min(e.getValue(), grid.group(e.getKey()).orElseThrow().cap());
        }
        return Math.min(total, grid.max());
    }

    private boolean credited(Point point, List<Segment> segments, boolean[][] used) {
        for (Phrase accept : point.accept()) {
            List<Word> phrase = analysis.words(accept.text());
            for (int s = 0; s < segments.size(); s++) {
                if (match(phrase, segments.get(s), used[s])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Marks the segment's words used and returns true when the phrase matches there. A thesaurus puts
     * several words on one stretch of the answer, so using a word uses every word that overlaps it.
     */
    private static boolean match(List<Word> phraseWords, Segment segment, boolean[] used) {
        boolean phraseNegated = phraseWords.stream().anyMatch(Word::negation);
        List<String> stems = phraseWords.stream().filter(w -> !w.negation()).map(Word::stem).distinct().toList();
        if (stems.isEmpty()) {
            return false;
        }
        List<Word> words = segment.words();
        boolean[] taken = used.clone();
        int first = Integer.MAX_VALUE;
        for (String stem : stems) {
            int found = -1;
            for (int i = 0; i < words.size(); i++) {
                if (!taken[i] && !words.get(i).negation() && words.get(i).stem().equals(stem)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            takeOverlapping(words, taken, words.get(found));
            first = Math.min(first, words.get(found).start());
        }
        boolean negatedBefore = false;
        boolean negatedAnywhere = false;
        for (Word w : words) {
            if (w.negation()) {
                negatedAnywhere = true;
                negatedBefore |= w.start() < first;
            }
        }
        if (phraseNegated ? !negatedAnywhere : negatedBefore) {
            return false;
        }
        System.arraycopy(taken, 0, used, 0, used.length);
        return true;
    }

    private static void takeOverlapping(List<Word> words, boolean[] taken, Word word) {
        for (int i = 0; i < words.size(); i++) {
            Word other = words.get(i);
            if (other.start() < word.end() && word.start() < other.end()) {
                taken[i] = true;
            }
        }
    }
}
