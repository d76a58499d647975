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
    /** Every stem in the answer, built when first asked. */
    private java.util.Set<String> present;
    /** Per segment, each stem's word positions, built when first asked. */
    private List<java.util.Map<String, int[]>> positions;
    private static final int[] NOWHERE = new int[0];

    AnswerWords(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
        this.used = new boolean[segments.size()][];
        this.corrected = new String[segments.size()][];
        for (int s = 0; s < segments.size(); s++) {
            used[s] = new boolean[segments.get(s).words().size()];
        }
    }

    /** Where in the segment each stem stands, as written, synonym or misspelling; built once per segment. */
    int[] positions(int segment, String stem) {
        if (positions == null) {
            positions = new ArrayList<>(java.util.Collections.nCopies(segments.size(), null));
        }
        if (positions.get(segment) == null) {
            java.util.Map<String, int[]> at = new java.util.HashMap<>();
            List<Word> words = words(segment);
            for (int i = 0; i < words.size(); i++) {
                if (!words.get(i).negation()) {
                    add(at, words.get(i).stem(), i);
                    if (corrected(segment, i) != null) {
                        add(at, corrected(segment, i), i);
                    }
                }
            }
            positions.set(segment, at);
        }
        return positions.get(segment).getOrDefault(stem, NOWHERE);
    }

    private static void add(java.util.Map<String, int[]> at, String stem, int i) {
        int[] old = at.get(stem);
        int[] grown = old == null ? new int[] {i} : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = i;
        at.put(stem, grown);
    }

    /** A copy with no word used yet, sharing the analysis and the misspellings noted so far. */
    AnswerWords unused() {
        AnswerWords copy = new AnswerWords(text, segments);
        for (int s = 0; s < corrected.length; s++) {
            copy.corrected[s] = corrected[s] == null ? null : corrected[s].clone();
        }
        return copy;
    }

    /** How many of the phrase's stems the answer has anywhere, as written, synonym or misspelling. */
    int stemsPresent(CompiledPhrase phrase) {
        if (present == null) {
            present = new java.util.HashSet<>();
            for (int s = 0; s < segments.size(); s++) {
                List<Word> words = words(s);
                for (int i = 0; i < words.size(); i++) {
                    present.add(words.get(i).stem());
                    if (corrected(s, i) != null) {
                        present.add(corrected(s, i));
                    }
                }
            }
        }
        int n = 0;
        for (String stem : phrase.stems()) {
            n += present.contains(stem) ? 1 : 0;
        }
        return n;
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
     * Uses every run of {@code run} or more written words that all come from the question; returns how
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
                if (w != null && !w.negation() && questionStems.contains(w.stem())) {
                    current.add(i);
                    continue;
                }
                if (current.size() >= run) {
                    consume(s, current);
                    copied += current.size();
                }
                current = new ArrayList<>();
            }
        }
        return copied;
    }

    int contentWords() {
        int n = 0;
        for (Segment segment : segments) {
            n += (int) segment.words().stream().filter(w -> !w.synonym() && !w.negation()).count();
        }
        return n;
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
