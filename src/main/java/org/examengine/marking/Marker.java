package org.examengine.marking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.examengine.text.EnglishWords;
import org.examengine.text.Segment;
import org.examengine.text.TextAnalysis;

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
    /**
     * An answer that earns nothing on its own grid fits another question "clearly better" when it earns at least
     * this share of that grid's marks: 0 of 3 here and 2 of 4 there, say.
     */
    static final double CLEARLY_BETTER = 0.5;
    /**
     * Another grid is evidence of a misreading only when the answer earns nothing on its own and at least this many
     * marks there: one phrase of another grid is what any answer on the same topic may hold.
     */
    static final int OTHER_QUESTION_MIN_MARKS = 2;

    private final TextAnalysis analysis;
    private final EnglishWords english;

    public Marker(TextAnalysis analysis, EnglishWords english) {
        this.analysis = analysis;
        this.english = english;
    }

    public QuestionMark mark(CompiledGrid grid, String answer) {
        return markAndCompare(grid, read(grid, answer));
    }

    /**
     * The mark against the answer's own grid, and whether the answer looks like a misreading of its question:
     * earning at most half its marks, it holds one of the grid's misread phrases; or, earning nothing, it earns at
     * least {@link #OTHER_QUESTION_MIN_MARKS} marks and a share {@link #CLEARLY_BETTER} of another grid's (the best
     * such grid is named).
     * The answer is analysed once for all the grids.
     */
    public PaperMark markOnPaper(CompiledGrid own, String answer, List<CompiledGrid> paper) {
        String text = Normalizer.normalize(answer, Normalizer.Form.NFC);
        List<Segment> segments = analysis.segments(text);
        QuestionMark mark = markAndCompare(own, spelledFor(own, text, segments));
        // an answer that earns more than half its marks answered its own question, whatever else it says
        if (mark.mark() * 2 > mark.max() || segments.isEmpty()) {
            return new PaperMark(mark, null);
        }
        if (!own.misread().isEmpty()) {
            AnswerWords words = spelledFor(own, text, segments);
            for (CompiledPhrase phrase : own.misread()) {
                for (int s = 0; s < words.segments(); s++) {
                    if (PhraseMatch.find(phrase, words, s, WINDOW_SLACK).matched()) {
                        return new PaperMark(mark, Misreading.phrase(phrase.text()));
                    }
                }
            }
        }
        if (mark.mark() > 0) {
            return new PaperMark(mark, null);
        }
        AnswerWords asWritten = new AnswerWords(text, segments);
        Misreading best = null;
        double bestShare = 0;
        for (CompiledGrid other : paper) {
            if (other == own || other.question().equals(own.question())
                    || reachable(other, asWritten) < CLEARLY_BETTER * other.max()) {
                continue;
            }
            QuestionMark there = mark(other, spelledFor(other, text, segments));
            double share = there.mark() / (double) there.max();
            if (there.mark() >= OTHER_QUESTION_MIN_MARKS && share >= CLEARLY_BETTER && share > bestShare) {
                best = Misreading.otherQuestion(other.question(), there.mark(), there.max());
                bestShare = share;
            }
        }
        return new PaperMark(mark, best);
    }

    /**
     * The most the answer could earn on a grid if every phrase whose words it has (as written, anywhere)
     * matched: most grids of a paper share no phrase with an answer, and this rules them out cheaply.
     */
    private static int reachable(CompiledGrid grid, AnswerWords words) {
        List<String> possible = new ArrayList<>();
        for (CompiledGrid.CompiledPoint point : grid.points()) {
            for (CompiledPhrase phrase : point.accept()) {
                if (words.hasAll(phrase)) {
                    possible.add(point.id());
                    break;
                }
            }
        }
        return possible.isEmpty() ? 0 : grid.total(possible);
    }

    private AnswerWords spelledFor(CompiledGrid grid, String text, List<Segment> segments) {
        AnswerWords words = new AnswerWords(text, segments);
        words.correctSpelling(grid.spelling(), english);
        return words;
    }

    /** The mark, and for each point not credited the nearest phrase and what stopped it. */
    public Explanation explain(CompiledGrid grid, String answer) {
        AnswerWords words = read(grid, answer);
        AnswerWords fresh = words.unused();
        QuestionMark mark = markAndCompare(grid, words);
        return new Explanation(mark, MissFinder.find(grid, mark, fresh));
    }

    /**
     * The mark; sent to review too if the answer's WordNet synonyms of grid words would have raised it.
     * They never earn marks themselves: crediting them lowered agreement with examiners (see
     * docs/marking-accuracy.md), but an answer they would lift is worth a look.
     */
    private QuestionMark markAndCompare(CompiledGrid grid, AnswerWords words) {
        AnswerWords related = words.withRelated(grid.relatedStems());
        QuestionMark mark = mark(grid, words);
        if (related == null || mark.mark() == grid.max() || mark(grid, related).mark() <= mark.mark()) {
            return mark;
        }
        EnumSet<ReviewReason> reasons = EnumSet.of(ReviewReason.RELATED_WORD);
        reasons.addAll(mark.reasons());
        return new QuestionMark(mark.question(), mark.mark(), mark.max(), mark.credited(), reasons);
    }

    /** The answer analysed, with its misspellings of the grid's words noted; no word used yet. */
    private AnswerWords read(CompiledGrid grid, String answer) {
        String text = Normalizer.normalize(answer, Normalizer.Form.NFC);
        return spelledFor(grid, text, analysis.segments(text));
    }

    private QuestionMark mark(CompiledGrid grid, AnswerWords words) {
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
        List<String> nearlyCredited = new ArrayList<>();
        List<String> negatedPoints = new ArrayList<>();
        for (CompiledGrid.CompiledPoint point : grid.points()) {
            Evidence evidence = null;
            boolean pointNearMiss = false;
            boolean pointNegated = false;
            for (CompiledPhrase phrase : point.accept()) {
                int[][][] at = words.occurrences(phrase);
                if (!withinOneStem(at, -1)) {
                    continue; // neither a match nor a near miss anywhere: most phrases, for most answers
                }
                for (int s = 0; s < words.segments() && evidence == null; s++) {
                    if (!withinOneStem(at, s)) {
                        continue;
                    }
                    PhraseMatch m = PhraseMatch.find(phrase, words, s, WINDOW_SLACK, at);
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
                if (pointNearMiss) {
                    nearlyCredited.add(point.id());
                }
                if (pointNegated) {
                    negatedPoints.add(point.id());
                }
            }
        }
        List<String> points = credited.stream().map(Evidence::point).toList();
        int mark = grid.total(points);
        if (mark < grid.max()) {
            // a near miss or a negation matters only where crediting that point would change the mark
            if (anyWouldRaise(grid, points, mark, nearlyCredited)) {
                reasons.add(ReviewReason.NEAR_MISS);
            }
            if (anyWouldRaise(grid, points, mark, negatedPoints)) {
                reasons.add(ReviewReason.NEGATION);
            }
            if (mark > 0 && words.contentWords() >= UNMATCHED_MIN_WORDS && words.unusedShare() > UNMATCHED_SHARE) {
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

    private static boolean anyWouldRaise(CompiledGrid grid, List<String> credited, int mark, List<String> candidates) {
        for (String point : candidates) {
            List<String> more = new ArrayList<>(credited);
            more.add(point);
            if (grid.total(more) > mark) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the answer (segment -1) or one segment has all of a phrase's stems, or all but one of two or
     * more: anything less can be neither a match nor a near miss.
     */
    private static boolean withinOneStem(int[][][] occurrences, int segment) {
        int present = 0;
        for (int[][] stem : occurrences) {
            present += stem != null && (segment < 0 || stem[segment].length > 0) ? 1 : 0;
        }
        int size = occurrences.length;
        return present == size || size >= 2 && present == size - 1;
    }
}
