package org.examengine.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.examengine.text.EnglishWords;
import org.examengine.text.Segment;
import org.examengine.text.Word;

/** The answer's words by segment, and which of them have already earned something. */
final class AnswerWords {
    private final String text;
    private final List<Segment> segments;
    private final boolean[][] used;
    /** For a written word that is not English but nearly a grid word: that grid word's stem. */
    private final String[][] corrected;
    /** Each stem's word positions, per segment; built when first asked, after the misspellings are noted. */
    private java.util.Map<String, int[][]> occurrences;
    private static final int[] NOWHERE = new int[0];
    private final int contentWords;

    AnswerWords(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
        this.used = new boolean[segments.size()][];
        this.corrected = new String[segments.size()][];
        int content = 0;
        for (int s = 0; s < segments.size(); s++) {
            used[s] = new boolean[segments.get(s).words().size()];
            for (Word w : segments.get(s).words()) {
                content += w.synonym() || w.negation() ? 0 : 1;
            }
        }
        this.contentWords = content;
    }

    /**
     * For each of the phrase's stems, where it stands in each segment (as written, synonym or misspelling),
     * or null for a stem the answer does not have anywhere.
     */
    int[][][] occurrences(CompiledPhrase phrase) {
        int[][][] at = new int[phrase.stems().size()][][];
        for (int j = 0; j < at.length; j++) {
            at[j] = occurrences(phrase.stems().get(j));
        }
        return at;
    }

    /** Whether every stem of the phrase occurs somewhere in the answer. */
    boolean hasAll(CompiledPhrase phrase) {
        for (String stem : phrase.stems()) {
            if (occurrences(stem) == null) {
                return false;
            }
        }
        return true;
    }

    /** Per segment, the positions of one stem; null if the answer lacks it. One map, built when first asked. */
    private int[][] occurrences(String stem) {
        if (occurrences == null) {
            occurrences = new java.util.HashMap<>();
            for (int s = 0; s < segments.size(); s++) {
                List<Word> words = words(s);
                for (int i = 0; i < words.size(); i++) {
                    if (!words.get(i).negation()) {
                        add(words.get(i).stem(), s, i);
                        if (corrected(s, i) != null) {
                            add(corrected(s, i), s, i);
                        }
                    }
                }
            }
        }
        return occurrences.get(stem);
    }

    private void add(String stem, int segment, int i) {
        int[][] bySegment = occurrences.get(stem);
        if (bySegment == null) {
            bySegment = new int[segments.size()][];
            java.util.Arrays.fill(bySegment, NOWHERE);
            occurrences.put(stem, bySegment);
        }
        int[] old = bySegment[segment];
        int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
        grown[old.length] = i;
        bySegment[segment] = grown;
    }

    /** A copy with no word used yet, sharing the analysis and the misspellings noted so far. */
    AnswerWords unused() {
        AnswerWords copy = new AnswerWords(text, segments);
        for (int s = 0; s < corrected.length; s++) {
            copy.corrected[s] = corrected[s] == null ? null : corrected[s].clone();
        }
        return copy;
    }

    /** Notes each word that is a misspelling of a grid word: near one, and not an English word itself. */
    void correctSpelling(SpellingIndex spelling, EnglishWords english) {
        for (int s = 0; s < segments.size(); s++) {
            List<Word> words = words(s);
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.synonym() || w.negation() || w.stem().length() < SpellingIndex.MIN_LENGTH - 1
                        || spelling.knows(w.stem())) {
                    continue;
                }
                String written = written(w);
                // the word list first: a hash lookup rules out most words before any edit distance
                String near = english.contains(written) ? null : spelling.correct(w.stem(), () -> written);
                if (near != null) {
                    if (corrected[s] == null) {
                        corrected[s] = new String[words.size()];
                    }
                    corrected[s][i] = near;
                }
            }
        }
    }

    /**
     * A fresh copy in which each English word whose stem is in {@code related} also stands for the grid stem
     * it maps to, as a misspelling does; null when the answer has no such word.
     */
    AnswerWords withRelated(java.util.Map<String, String> related) {
        AnswerWords copy = null;
        for (int s = 0; s < segments.size(); s++) {
            List<Word> words = words(s);
            for (int i = 0; i < words.size(); i++) {
                String grid = related.get(words.get(i).stem());
                if (grid != null && corrected(s, i) == null && !words.get(i).negation()) {
                    if (copy == null) {
                        copy = unused();
                    }
                    if (copy.corrected[s] == null) {
                        copy.corrected[s] = new String[words.size()];
                    }
                    copy.corrected[s][i] = grid;
                }
            }
        }
        return copy;
    }

    /** The grid stem this word was taken to misspell, or null. */
    String corrected(int segment, int word) {
        return corrected[segment] == null ? null : corrected[segment][word];
    }

    int segments() {
        return segments.size();
    }

    List<Word> words(int segment) {
        return segments.get(segment).words();
    }

    boolean used(int segment, int word) {
        return used[segment][word];
    }

    String text() {
        return text;
    }

    /** What the candidate wrote for a word, lower case, apostrophes straight. */
    String written(Word w) {
        return text.substring(w.start(), w.end()).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** Uses the chosen words and every word on the same stretch of the answer. */
    void consume(int segment, List<Integer> chosen) {
        List<Word> words = words(segment);
        for (int c : chosen) {
            Word w = words.get(c);
            for (int i = 0; i < words.size(); i++) {
                Word other = words.get(i);
                if (other.start() < w.end() && w.start() < other.end()) {
                    used[segment][i] = true;
                }
            }
        }
    }

    /**
     * Uses every run of {@code run} or more written words that all come from the question, none twice; returns how
     * many words that was.
     */
    int consumeCopiedRuns(java.util.Set<String> questionStems, int run) {
        if (questionStems.isEmpty()) {
            return 0;
        }
        int copied = 0;
        for (int s = 0; s < segments.size(); s++) {
            List<Word> words = words(s);
            List<Integer> current = new ArrayList<>();
            for (int i = 0; i <= words.size(); i++) {
                Word w = i < words.size() ? words.get(i) : null;
                if (w != null && w.synonym()) {
                    continue;
                }
                boolean fromQuestion = w != null && !w.negation() && questionStems.contains(w.stem());
                // a word the run already holds starts a new run: "body language is what your body says" copies
                // "body language", not the answer's own second "body"
                boolean repeated = fromQuestion && current.stream().anyMatch(j -> words.get(j).stem().equals(w.stem()));
                if (fromQuestion && !repeated) {
                    current.add(i);
                    continue;
                }
                if (current.size() >= run) {
                    consume(s, current);
                    copied += current.size();
                }
                current = new ArrayList<>();
                if (repeated) {
                    current.add(i);
                }
            }
        }
        return copied;
    }

    /** Words written that carry meaning: neither stop words, negations nor synonyms added by the thesaurus. */
    int contentWords() {
        return contentWords;
    }

    double unusedShare() {
        int all = 0;
        int unused = 0;
        for (int s = 0; s < segments.size(); s++) {
            List<Word> words = words(s);
            for (int i = 0; i < words.size(); i++) {
                if (!words.get(i).synonym() && !words.get(i).negation()) {
                    all++;
                    unused += used[s][i] ? 0 : 1;
                }
            }
        }
        return all == 0 ? 0 : (double) unused / all;
    }
}
