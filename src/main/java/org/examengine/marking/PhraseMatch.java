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

    static PhraseMatch find(CompiledPhrase phrase, AnswerWords answer, int segment, int slack) {
        List<Word> words = answer.words(segment);
        List<String> stems = phrase.stems();
        int found = 0;
        List<Integer> anchors = new ArrayList<>();
        int[][] positions = new int[stems.size()][];
        for (int j = 0; j < stems.size(); j++) {
            int[] all = answer.positions(segment, stems.get(j));
            int[] at = new int[all.length];
            int n = 0;
            for (int i : all) {
                if (!answer.used(segment, i)) {
                    at[n++] = i;
                    anchors.add(i);
                }
            }
            positions[j] = n == all.length ? all : java.util.Arrays.copyOf(at, n);
            found += n > 0 ? 1 : 0;
        }
        if (found < stems.size()) {
            boolean near = found >= 2 && found == stems.size() - 1;
            return near ? new PhraseMatch(false, List.of(), 0, 0, MatchKind.EXACT, true, false) : MISS;
        }
        List<Integer> chosen = null;
        int bestSpread = Integer.MAX_VALUE;
        for (int anchor : anchors) {
            List<Integer> around = closestTo(anchor, answer, segment, words, stems, positions);
            if (around != null) {
                int spread = spread(words, around);
                if (spread < bestSpread) {
                    bestSpread = spread;
                    chosen = around;
                }
            }
        }
        if (chosen == null || bestSpread > stems.size() + slack) {
            return MISS;
        }
        int start = chosen.stream().mapToInt(i -> words.get(i).start()).min().orElseThrow();
        int end = chosen.stream().mapToInt(i -> words.get(i).end()).max().orElseThrow();
        int negation = governingNegation(answer, words, start);
        if (phrase.negated() != negation >= 0) {
            return phrase.negated() ? MISS : new PhraseMatch(false, List.of(), 0, 0, MatchKind.EXACT, false, true);
        }
        // a negated phrase's evidence starts at the answer's negation: "not part of the organisation"
        int from = phrase.negated() ? negation : start;
        return new PhraseMatch(true, List.copyOf(chosen), from, end, kind(phrase, answer, words, chosen), false, false);
    }

    /**
     * For each stem, the usable word nearest the anchor (the better match when two are as near), never
     * one answer word for two stems; null when a stem has no word left.
     */
    private static List<Integer> closestTo(int anchor, AnswerWords answer, int segment, List<Word> words,
                                           List<String> stems, int[][] positions) {
        List<Integer> chosen = new ArrayList<>(stems.size());
        for (int j = 0; j < stems.size(); j++) {
            String stem = stems.get(j);
            int best = -1;
            for (int i : positions[j]) {
                if (overlapsChosen(words, chosen, words.get(i))) {
                    continue;
                }
                if (best < 0 || Math.abs(i - anchor) < Math.abs(best - anchor)
                        || Math.abs(i - anchor) == Math.abs(best - anchor)
                        && rank(words.get(i), stem, answer.corrected(segment, i))
                        < rank(words.get(best), stem, answer.corrected(segment, best))) {
                    best = i;
                }
            }
            if (best < 0) {
                return null;
            }
            chosen.add(best);
        }
        return chosen;
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

    /** How many written words the chosen words span (words sharing a start count once). */
    private static int spread(List<Word> words, List<Integer> chosen) {
        int start = chosen.stream().mapToInt(i -> words.get(i).start()).min().orElseThrow();
        int end = chosen.stream().mapToInt(i -> words.get(i).end()).max().orElseThrow();
        TreeSet<Integer> starts = new TreeSet<>();
        for (Word w : words) {
            if (w.start() >= start && w.start() < end) {
                starts.add(w.start());
            }
        }
        return starts.size();
    }

    /**
     * Where the negation that governs a match starts, or -1: a negation earlier in the segment governs it
     * unless a clause break stands between them.
     */
    private static int governingNegation(AnswerWords answer, List<Word> words, int matchStart) {
        for (Word w : words) {
            if (w.negation() && w.end() <= matchStart
                    && !CLAUSE_BREAK.matcher(answer.text().substring(w.end(), matchStart)).find()) {
                return w.start();
            }
        }
        return -1;
    }

    private static MatchKind kind(CompiledPhrase phrase, AnswerWords answer, List<Word> words, List<Integer> chosen) {
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
