package org.examengine.marking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.examengine.text.EnglishWords;
import org.examengine.text.Segment;
import org.examengine.text.TextAnalysis;
import org.examengine.text.Word;

/**
 * Marks an answer against a compiled grid, as the design brief's "what matches means" says. An accept
 * phrase credits its point when all its content stems occur, unused, close together (within the phrase's
 * length plus {@link #WINDOW_SLACK} words) in one segment of the answer, in any order. A plain phrase is
 * not credited when a negation before it governs its clause; a negated phrase needs one. Question words
 * copied in a run, then rejected phrases, use their words up first. Each stretch of answer words credits
 * one point. Marks are summed, capped per group and by max. Pure and thread-safe.
 */
public final class Marker {

    /** Words allowed between a phrase's words, beyond the phrase's own length. */
    static final int WINDOW_SLACK = 3;
    /** This many answer words in a row that all come from the question count as copying it. */
    static final int COPY_RUN = 4;
    /** An answer with more content words than this is sent to review as over long. */
    static final int LONG_ANSWER_WORDS = 200;
    /** With at least this many content words, an answer whose words mostly matched nothing is sent to review. */
    static final int UNMATCHED_MIN_WORDS = 12;
    static final double UNMATCHED_SHARE = 0.8;

    private final TextAnalysis analysis;
    private final EnglishWords english;

    public Marker(TextAnalysis analysis, EnglishWords english) {
        this.analysis = analysis;
        this.english = english;
    }

    public QuestionMark mark(CompiledGrid grid, String answer) {
        String text = Normalizer.normalize(answer, Normalizer.Form.NFC);
        AnswerWords words = new AnswerWords(text, analysis.segments(text));
        words.correctSpelling(grid.spelling(), english);
        EnumSet<ReviewReason> reasons = EnumSet.noneOf(ReviewReason.class);
        // Restating the question before answering it is common and harmless; an answer that is mostly the
        // question is worth a look.
        int copied = words.consumeCopiedRuns(grid.questionStems(), COPY_RUN);
        if (copied > 0 && copied * 2 >= words.contentWords()) {
            reasons.add(ReviewReason.COPIED_STEM);
        }
        for (CompiledPhrase reject : grid.reject()) {
            for (int s = 0; s < words.segments(); s++) {
                PhraseMatch m = PhraseMatch.find(reject, words, s, WINDOW_SLACK);
                if (m.matched()) {
                    words.consume(s, m.chosen());
                    reasons.add(ReviewReason.REJECTED_PHRASE);
                }
            }
        }
        List<Evidence> credited = new ArrayList<>();
        boolean nearMiss = false;
        boolean negated = false;
        for (CompiledGrid.CompiledPoint point : grid.points()) {
            Evidence evidence = null;
            boolean pointNearMiss = false;
            boolean pointNegated = false;
            for (CompiledPhrase phrase : point.accept()) {
                int present = words.stemsPresent(phrase);
                int size = phrase.stems().size();
                if (present < size && (size < 2 || present < size - 1)) {
                    continue; // neither a match nor a near miss anywhere: most phrases, for most answers
                }
                for (int s = 0; s < words.segments() && evidence == null; s++) {
                    PhraseMatch m = PhraseMatch.find(phrase, words, s, WINDOW_SLACK);
                    if (m.matched()) {
                        words.consume(s, m.chosen());
                        evidence = new Evidence(point.id(), point.marks(), phrase.text(), m.start(), m.end(), m.kind());
                    } else {
                        pointNearMiss |= m.nearMiss();
                        pointNegated |= m.negated();
                    }
                }
                if (evidence != null) {
                    break;
                }
            }
            if (evidence != null) {
                credited.add(evidence);
            } else {
                nearMiss |= pointNearMiss;
                negated |= pointNegated;
            }
        }
        int mark = grid.total(credited.stream().map(Evidence::point).toList());
        if (mark < grid.max()) {
            if (nearMiss) {
                reasons.add(ReviewReason.NEAR_MISS);
            }
            if (negated) {
                reasons.add(ReviewReason.NEGATION);
            }
            if (words.contentWords() >= UNMATCHED_MIN_WORDS && words.unusedShare() > UNMATCHED_SHARE) {
                reasons.add(ReviewReason.UNMATCHED_WORDS);
            }
        }
        if (credited.stream().anyMatch(e -> e.kind() == MatchKind.SPELLING)) {
            reasons.add(ReviewReason.SPELLING);
        }
        if (words.contentWords() > LONG_ANSWER_WORDS) {
            reasons.add(ReviewReason.OVER_LONG);
        }
        return new QuestionMark(grid.question(), mark, grid.max(), credited, reasons);
    }

    /** The mark, and for each point not credited the nearest phrase and what stopped it. */
    public Explanation explain(CompiledGrid grid, String answer) {
        QuestionMark mark = mark(grid, answer);
        String text = Normalizer.normalize(answer, Normalizer.Form.NFC);
        AnswerWords fresh = new AnswerWords(text, analysis.segments(text));
        fresh.correctSpelling(grid.spelling(), english);
        return new Explanation(mark, MissFinder.find(grid, mark, fresh));
    }

    /** The answer's words by segment, and which of them have already earned something. */
    static final class AnswerWords {
        private final String text;
        private final List<Segment> segments;
        private final boolean[][] used;
        /** For a written word that is not English but nearly a grid word: that grid word's stem. */
        private final String[][] corrected;
        /** Every stem in the answer, built when first asked. */
        private java.util.Set<String> present;

        AnswerWords(String text, List<Segment> segments) {
            this.text = text;
            this.segments = segments;
            this.used = new boolean[segments.size()][];
            this.corrected = new String[segments.size()][];
            for (int s = 0; s < segments.size(); s++) {
                used[s] = new boolean[segments.get(s).words().size()];
            }
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
}
