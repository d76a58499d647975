package org.examengine.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.examengine.text.Word;

/**
 * Works out, for each point a mark did not credit, the accept phrase that came nearest and what stopped
 * it. Looks at the answer afresh, as if no other point had used its words, so that words used elsewhere
 * can be told apart from words that are not there.
 */
final class MissFinder {

    private MissFinder() {
    }

    static List<Miss> find(CompiledGrid grid, QuestionMark mark, AnswerWords fresh) {
        Set<String> credited = mark.credited().stream().map(Evidence::point).collect(Collectors.toSet());
        List<Miss> missed = new ArrayList<>();
        for (CompiledGrid.CompiledPoint point : grid.points()) {
            if (!credited.contains(point.id()) && !point.accept().isEmpty()) {
                missed.add(nearest(point, fresh));
            }
        }
        return missed;
    }

    private static Miss nearest(CompiledGrid.CompiledPoint point, AnswerWords answer) {
        CompiledPhrase best = point.accept().get(0);
        boolean[] bestFound = new boolean[best.stems().size()];
        int bestCount = -1;
        int bestSegment = -1;
        for (CompiledPhrase phrase : point.accept()) {
            for (int s = 0; s < answer.segments(); s++) {
                boolean[] found = present(phrase, answer, s);
                int count = 0;
                for (boolean f : found) {
                    count += f ? 1 : 0;
                }
                double share = (double) count / phrase.stems().size();
                double bestShare = bestCount < 0 ? -1 : (double) bestCount / best.stems().size();
                if (share > bestShare) {
                    best = phrase;
                    bestFound = found;
                    bestCount = count;
                    bestSegment = s;
                }
            }
        }
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < best.stems().size(); i++) {
            (bestFound[i] ? present : missing).add(best.written().get(i));
        }
        return new Miss(point.id(), best.text(), present, missing, reason(best, bestCount, answer, bestSegment));
    }

    private static Miss.Reason reason(CompiledPhrase phrase, int count, AnswerWords answer, int segment) {
        if (count <= 0) {
            return Miss.Reason.NO_WORDS;
        }
        if (count < phrase.stems().size()) {
            return Miss.Reason.WORDS_MISSING;
        }
        PhraseMatch m = PhraseMatch.find(phrase, answer, segment, Marker.WINDOW_SLACK);
        if (m.matched()) {
            return Miss.Reason.WORDS_USED;
        }
        if (m.negated()) {
            return Miss.Reason.NEGATED;
        }
        CompiledPhrase plain = new CompiledPhrase(phrase.text(), phrase.stems(), phrase.written(), false);
        return phrase.negated() && PhraseMatch.find(plain, answer, segment, Marker.WINDOW_SLACK).matched()
                ? Miss.Reason.NOT_NEGATED : Miss.Reason.TOO_FAR_APART;
    }

    /** Which of the phrase's stems the segment has, used or not. */
    private static boolean[] present(CompiledPhrase phrase, AnswerWords answer, int segment) {
        boolean[] found = new boolean[phrase.stems().size()];
        List<Word> words = answer.words(segment);
        for (int j = 0; j < found.length; j++) {
            String stem = phrase.stems().get(j);
            for (int i = 0; i < words.size() && !found[j]; i++) {
                Word w = words.get(i);
                found[j] = !w.negation() && (w.stem().equals(stem) || stem.equals(answer.corrected(segment, i)));
            }
        }
        return found;
    }
}
