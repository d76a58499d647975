package org.examengine.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.examengine.text.Word;

/**
 * The outcome of looking for one phrase in one segment of an answer: matched (with the words chosen, the
 * span and how they matched), or missed, and if missed whether it was nearly there or stopped by a negation.
 */
record PhraseMatch(boolean matched, List<Integer> chosen, int start, int end, MatchKind kind, boolean nearMiss,
                   boolean negated) {

    /**
     * Words that end the reach of a negation before them: "don't shout but listen" credits "listen". "or"
     * and "and" do not: "don't shout or swear" negates both.
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\b(but|because|instead|rather|then|although|though|whereas|however|yet|unless)\\b|[:()\\u2013\\u2014]",
            Pattern.CASE_INSENSITIVE);

    private static final PhraseMatch MISS = new PhraseMatch(false, List.of(), 0, 0, MatchKind.EXACT, false, false);

    static PhraseMatch find(CompiledPhrase phrase, Marker.AnswerWords answer, int segment, int slack) {
        List<Word> words = answer.words(segment);
        List<Integer> chosen = new ArrayList<>();
        int found = 0;
        for (String stem : phrase.stems()) {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i < words.size() && bestRank > 0; i++) {
                Word w = words.get(i);
                int rank = rank(w, stem, answer.corrected(segment, i));
                if (rank < bestRank && !answer.used(segment, i) && !w.negation() && !overlapsChosen(words, chosen, w)) {
                    best = i;
                    bestRank = rank;
                }
            }
            if (best >= 0) {
                chosen.add(best);
                found++;
            }
        }
        if (found < phrase.stems().size()) {
            boolean near = phrase.stems().size() >= 2 && found == phrase.stems().size() - 1;
            return near ? new PhraseMatch(false, List.of(), 0, 0, MatchKind.EXACT, true, false) : MISS;
        }
        int start = chosen.stream().mapToInt(i -> words.get(i).start()).min().orElseThrow();
        int end = chosen.stream().mapToInt(i -> words.get(i).end()).max().orElseThrow();
        if (spread(words, start, end) > phrase.stems().size() + slack) {
            return MISS;
        }
        boolean governed = negationGoverns(answer, words, start);
        if (phrase.negated() != governed) {
            return phrase.negated() ? MISS : new PhraseMatch(false, List.of(), 0, 0, MatchKind.EXACT, false, true);
        }
        return new PhraseMatch(true, List.copyOf(chosen), start, end, kind(phrase, answer, words, chosen), false, false);
    }

    /** How well a word stands for a phrase stem: 0 itself, 1 a synonym, 2 a misspelling, MAX_VALUE not at all. */
    private static int rank(Word w, String stem, String corrected) {
        if (w.stem().equals(stem)) {
            return w.synonym() ? 1 : 0;
        }
        return stem.equals(corrected) ? 2 : Integer.MAX_VALUE;
    }

    /** Two stems of a phrase may not be earned by one stretch of the answer (a word and its synonym). */
    private static boolean overlapsChosen(List<Word> words, List<Integer> chosen, Word w) {
        for (int c : chosen) {
            Word other = words.get(c);
            if (other.start() < w.end() && w.start() < other.end()) {
                return true;
            }
        }
        return false;
    }

    /** How many written words the span covers (words sharing a start count once). */
    private static int spread(List<Word> words, int start, int end) {
        TreeSet<Integer> starts = new TreeSet<>();
        for (Word w : words) {
            if (w.start() >= start && w.start() < end) {
                starts.add(w.start());
            }
        }
        return starts.size();
    }

    /** A negation earlier in the segment governs the match unless a clause break stands between them. */
    private static boolean negationGoverns(Marker.AnswerWords answer, List<Word> words, int matchStart) {
        for (Word w : words) {
            if (w.negation() && w.end() <= matchStart
                    && !CLAUSE_BREAK.matcher(answer.text().substring(w.end(), matchStart)).find()) {
                return true;
            }
        }
        return false;
    }

    private static MatchKind kind(CompiledPhrase phrase, Marker.AnswerWords answer, List<Word> words, List<Integer> chosen) {
        MatchKind kind = MatchKind.EXACT;
        for (int j = 0; j < chosen.size(); j++) {
            Word w = words.get(chosen.get(j));
            if (w.synonym()) {
                return MatchKind.SYNONYM;
            }
            if (!w.stem().equals(phrase.stems().get(j))) {
                kind = MatchKind.SPELLING;
            } else if (kind == MatchKind.EXACT && !answer.written(w).equals(phrase.written().get(j))) {
                kind = MatchKind.STEM;
            }
        }
        return kind;
    }
}
