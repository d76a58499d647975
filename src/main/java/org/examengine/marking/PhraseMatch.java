package org.examengine.marking;

import java.util.List;
import java.util.regex.Pattern;
import org.examengine.text.Word;

/**
 * The outcome of looking for one phrase in one segment of an answer: matched (with the words chosen, the
 * span and how they matched), or missed, and if missed whether it was nearly there or stopped by a negation.
 */
record PhraseMatch(boolean matched, List<Integer> chosen, int start, int end, MatchKind kind, boolean nearMiss,
                   boolean negated) {

    /**
     * What ends a negation's reach: a contrasting, causal or relative word ("which"), "and" or "so", which in answers
     * mostly start the next action or its result ("say you don't know and ask your supervisor", "he can't hear so he
     * relies on her face"); a colon, bracket or dash (a hyphen typed with spaces round it counts as one); "or"
     * starting a new clause, with a pronoun, "that", "when", "if" or a modal (perhaps after one word) after it ("not
     * interested or that you are lying"); or a subject pronoun, which only a new clause has ("if they don't keep up
     * they will go elsewhere"; "you" and "it" only before a modal: "if you don't recognise the differences you may
     * offend"); "it is" or "there is" ("not given out as it's confidential"). "or" between two verbs or nouns keeps
     * it: "don't shout or swear".
     */
    private static final String MODAL = "(will|would|might|may|could|can|should|must|shall)\\b";
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\b(but|because|instead|rather|then|although|though|whereas|however|yet|unless|which|and|so)\\b|[:()\\u2013\\u2014]|\\s-+\\s"
                    + "|\\bor\\s+(that|i|you|he|she|it|we|they|when|if)\\b"
                    + "|\\bor\\s+([\\p{L}']+\\s+)?" + MODAL
                    + "|\\b(i|he|she|we|they)\\b|\\b(you|it)\\s+" + MODAL
                    + "|\\b(it|there)(\\s+(is|was|are|were)\\b|['\u2019]s\\b)",
            Pattern.CASE_INSENSITIVE);

    /** The "no" of "yes or no" (or "yes/no") describes a kind of question; it negates nothing after it. */
    private static final Pattern YES_OR = Pattern.compile("\\byes\\s*(or|/)\\s*$", Pattern.CASE_INSENSITIVE);

    private static final PhraseMatch MISS = new PhraseMatch(false, List.of(), 0, 0, MatchKind.EXACT, false, false);

    static PhraseMatch find(CompiledPhrase phrase, AnswerWords answer, int segment, int slack) {
        return find(phrase, answer, segment, slack, answer.occurrences(phrase));
    }

    /** @param occurrences the answer's {@link AnswerWords#occurrences(CompiledPhrase) occurrences} of the phrase */
    static PhraseMatch find(CompiledPhrase phrase, AnswerWords answer, int segment, int slack, int[][][] occurrences) {
        List<Word> words = answer.words(segment);
        List<String> stems = phrase.stems();
        int found = 0;
        int[][] positions = new int[stems.size()][];
        for (int j = 0; j < stems.size(); j++) {
            int[] all = occurrences[j] == null ? new int[0] : occurrences[j][segment];
            int[] at = new int[all.length];
            int n = 0;
            for (int i : all) {
                if (!answer.used(segment, i)) {
                    at[n++] = i;
                }
            }
            positions[j] = n == all.length ? all : java.util.Arrays.copyOf(at, n);
            found += n > 0 ? 1 : 0;
        }
        if (found < stems.size()) {
            return found >= 2 && found == stems.size() - 1
                    ? new PhraseMatch(false, List.of(), 0, 0, MatchKind.EXACT, true, false) : MISS;
        }
        int[] chosen = closest(answer, segment, words, stems, positions);
        if (chosen == null || spread(words, chosen) > stems.size() + slack) {
            return MISS;
        }
        int start = start(words, chosen);
        int end = end(words, chosen);
        int negation = phrase.negated() ? negation(answer, words, chosen) : negationBefore(answer, words, start);
        if (phrase.negated() != negation >= 0) {
            return phrase.negated() ? MISS : new PhraseMatch(false, List.of(), 0, 0, MatchKind.EXACT, false, true);
        }
        // a negated phrase's evidence starts at the answer's negation: "not part of the organisation"
        int from = phrase.negated() ? Math.min(negation, start) : start;
        List<Integer> chosenList = java.util.Arrays.stream(chosen).boxed().toList();
        return new PhraseMatch(true, chosenList, from, end, kind(phrase, answer, words, chosen), false, false);
    }

    /** The usable words, one per stem, that stand closest together; null when no such choice exists. */
    private static int[] closest(AnswerWords answer, int segment, List<Word> words, List<String> stems,
                                 int[][] positions) {
        int[] chosen = null;
        int bestSpread = Integer.MAX_VALUE;
        int[] around = new int[stems.size()];
        for (int[] anchors : positions) {
            for (int anchor : anchors) {
                if (closestTo(anchor, answer, segment, words, stems, positions, around)) {
                    int spread = spread(words, around);
                    if (spread < bestSpread) {
                        bestSpread = spread;
                        chosen = around.clone();
                    }
                }
            }
        }
        return chosen;
    }

    /**
     * For each stem, the usable word nearest the anchor (the better match when two are as near), never
     * one answer word for two stems, into {@code chosen}; false when a stem has no word left.
     */
    private static boolean closestTo(int anchor, AnswerWords answer, int segment, List<Word> words,
                                     List<String> stems, int[][] positions, int[] chosen) {
        for (int j = 0; j < stems.size(); j++) {
            String stem = stems.get(j);
            int best = -1;
            for (int i : positions[j]) {
                if (overlapsChosen(words, chosen, j, words.get(i))) {
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
                return false;
            }
            chosen[j] = best;
        }
        return true;
    }

    /** How well a word stands for a phrase stem: 0 itself, 1 a synonym, 2 a misspelling, MAX_VALUE not at all. */
    private static int rank(Word w, String stem, String corrected) {
        if (w.stem().equals(stem)) {
            return w.synonym() ? 1 : 0;
        }
        return stem.equals(corrected) ? 2 : Integer.MAX_VALUE;
    }

    /** Two stems of a phrase may not be earned by one stretch of the answer (a word and its synonym). */
    private static boolean overlapsChosen(List<Word> words, int[] chosen, int count, Word w) {
        for (int k = 0; k < count; k++) {
            Word other = words.get(chosen[k]);
            if (other.start() < w.end() && w.start() < other.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many written words the chosen words span (words sharing a start count once). Analysed words come
     * in order of their start, as Lucene's token streams guarantee.
     */
    private static int spread(List<Word> words, int[] chosen) {
        int start = start(words, chosen);
        int end = end(words, chosen);
        int count = 0;
        int last = -1;
        for (Word w : words) {
            if (w.start() >= start && w.start() < end && w.start() != last) {
                count++;
                last = w.start();
            }
        }
        return count;
    }

    private static int start(List<Word> words, int[] chosen) {
        int start = Integer.MAX_VALUE;
        for (int i : chosen) {
            start = Math.min(start, words.get(i).start());
        }
        return start;
    }

    /**
     * Where a plain phrase's governing negation starts, or -1: one before the match that reaches it. A negation among
     * the matched words is the answer's own detail ("check it is not damaged" for "check damage").
     */
    private static int negationBefore(AnswerWords answer, List<Word> words, int matchStart) {
        for (Word w : words) {
            if (w.negation() && w.end() <= matchStart && !breaks(answer, w, matchStart)) {
                return w.start();
            }
        }
        return -1;
    }

    /**
     * Where a negated phrase's negation starts, or -1: a negation that reaches the first of the matched words after
     * it, before the match or inside it ("something they did not ask for").
     */
    private static int negation(AnswerWords answer, List<Word> words, int[] chosen) {
        for (Word w : words) {
            if (!w.negation()) {
                continue;
            }
            int next = Integer.MAX_VALUE;
            for (int i : chosen) {
                int at = words.get(i).start();
                if (at >= w.end()) {
                    next = Math.min(next, at);
                }
            }
            if (next != Integer.MAX_VALUE && !breaks(answer, w, next)) {
                return w.start();
            }
        }
        return -1;
    }

    private static int end(List<Word> words, int[] chosen) {
        int end = 0;
        for (int i : chosen) {
            end = Math.max(end, words.get(i).end());
        }
        return end;
    }

    /** Whether the negation {@code w} stops short of a word at {@code at}: a clause break between, or "yes or no". */
    private static boolean breaks(AnswerWords answer, Word w, int at) {
        String text = answer.text();
        if (YES_OR.matcher(text.substring(Math.max(0, w.start() - 12), w.start())).find()) {
            return true;
        }
        // a break starts before the word but may run past it: "and parcels will" seen from "parcels"
        java.util.regex.Matcher m = CLAUSE_BREAK.matcher(text).region(w.end(), Math.min(text.length(), at + 40));
        return m.find() && m.start() < at;
    }

    private static MatchKind kind(CompiledPhrase phrase, AnswerWords answer, List<Word> words, int[] chosen) {
        MatchKind kind = MatchKind.EXACT;
        for (int j = 0; j < chosen.length; j++) {
            Word w = words.get(chosen[j]);
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
