package org.examengine.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examengine.grid.Grid;
import org.examengine.grid.Point;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperQuestion;

/**
 * Made-up answers to a paper for trying the marker on many candidates: candidates {@code C000001},
 * {@code C000002}... each answer every question on the paper, written from the question's grid.
 *
 * <p>The same paper, grids, thesaurus and seed give the same file, byte for byte; candidate k draws from
 * the k-th split of the seed's {@link SplittableRandom}, so their answers do not depend on how many
 * candidates are written. Rows are streamed, so memory stays flat however many there are.
 *
 * <p>Each candidate has an ability, normal around 0.73 (spread 0.14), the share of a question's marks they
 * aim for (give or take 0.15 per question). Marked with the shipped grids, papers of each level come out
 * with 28 to 31 % failing, about 10 % of candidates within 5 points below the pass mark, 20 to 23 % with
 * First Class, and about 1 % answering under half the questions. An answer is, in this order of checks:
 * <ul>
 * <li>blank: 2 % plus 10 % x (1 - ability)²; a fifth of weak candidates (ability under
 *     0.5) leave 60 to 90 % of the questions blank (insufficient work); about 4 % of all
 *     answers are blank;</li>
 * <li>a misreading, 2 %: the grid's {@code misread} phrases (6 in 10 such answers, when it has some) or the
 *     points of another question on the paper; 15 % of weak candidates misread 2 or 3 questions;</li>
 * <li>a ramble, 1.5 %: 150 to 300 words of generalities around one or two of the grid's points;</li>
 * <li>a worked example of the grid, 5 %: the one whose mark is nearest the marks aimed for;</li>
 * <li>for no marks aimed for, a phrase the grid rejects (4 in 10, when it has one) or something vague;</li>
 * <li>otherwise an accept phrase of each of enough points to earn the marks aimed for. A phrase has a
 *     thesaurus synonym swapped in 30 % of the time (where the thesaurus has one), a word inflected or
 *     spelt the American way 15 %, its first and last words swapped 10 % (never a negated phrase); it is
 *     framed ("I think ...", "for example ...") half the time; phrases are joined with
 *     commas, "and", "also", full stops, or 12 % of the time written as a list, a line each; 3 % of
 *     answers quote a phrase.</li>
 * </ul>
 * Written answers get a filler sentence 10 % plus 20 % x (1 - ability) of the time, and a misspelt word
 * (two neighbouring letters swapped or one dropped, in a word of five letters or more) 6 % plus 25 % x
 * (1 - ability) of the time, a second one in a third of those.
 */
public final class SampleAnswers {

    /** How many answers of how many candidates a call wrote. */
    public record Written(long answers, int candidates) {
    }

    private final List<String> questionIds;
    private final AnswerComposer composer;
    private final long seed;

    /**
     * @param grids     grids by question id; every question on the paper needs one
     * @param thesaurus the grids' thesaurus in Solr synonym format, or {@code null} for none
     * @throws IllegalArgumentException naming the questions that have no grid
     */
    public SampleAnswers(Paper paper, Map<String, Grid> grids, String thesaurus, long seed) {
        List<String> missing = questionsWithoutGrid(paper, grids);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no grid for question(s) " + String.join(", ", missing) + " of paper " + paper.id());
        }
        this.questionIds = paper.allQuestions().stream().map(PaperQuestion::id).toList();
        List<Grid> onPaper = questionIds.stream().map(grids::get).toList();
        Set<String> phrases = new LinkedHashSet<>();
        for (Grid grid : onPaper) {
            grid.points().stream().map(Point::accept).flatMap(List::stream).forEach(p -> phrases.add(p.text()));
        }
        SynonymSwaps swaps = thesaurus == null ? SynonymSwaps.none() : SynonymSwaps.parse(thesaurus);
        this.composer = new AnswerComposer(onPaper, new AnswerStyle(new Paraphraser(swaps, phrases)));
        this.seed = seed;
    }

    /** The ids of the paper's questions that have no grid, in paper order. */
    public static List<String> questionsWithoutGrid(Paper paper, Map<String, Grid> grids) {
        return paper.allQuestions().stream().map(PaperQuestion::id).filter(id -> !grids.containsKey(id)).toList();
    }

    /** The id of the k-th candidate, counting from 1: {@code C000001}. */
    public static String candidateId(int k) {
        return String.format("C%06d", k);
    }

    /**
     * Writes the answers of {@code candidates} candidates as CSV (RFC 4180: CRLF between rows, quotes where
     * needed, line breaks inside answers kept). Flushes, but does not close, {@code out}.
     */
    public Written write(Writer out, int candidates, AnswerLayout layout) {
        if (candidates < 0) {
            throw new IllegalArgumentException("candidates: 0 or more, not " + candidates);
        }
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            List<String> header = new ArrayList<>();
            header.add("candidate");
            header.addAll(layout == AnswerLayout.LONG ? List.of("question", "answer") : questionIds);
            csv.printRecord(header);
            SplittableRandom seeds = new SplittableRandom(seed);
            Object[] row = new Object[questionIds.size() + 1];
            for (int k = 1; k <= candidates; k++) {
                String id = candidateId(k);
                List<String> answers = answersOf(seeds.split());
                if (layout == AnswerLayout.LONG) {
                    for (int q = 0; q < answers.size(); q++) {
                        csv.printRecord(id, questionIds.get(q), answers.get(q));
                    }
                } else {
                    row[0] = id;
                    for (int q = 0; q < answers.size(); q++) {
                        row[q + 1] = answers.get(q);
                    }
                    csv.printRecord(row);
                }
            }
            csv.flush();
            return new Written((long) candidates * questionIds.size(), candidates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> answersOf(SplittableRandom r) {
        CandidateProfile candidate = CandidateProfile.draw(r, questionIds.size());
        List<String> answers = new ArrayList<>(questionIds.size());
        for (int q = 0; q < questionIds.size(); q++) {
            answers.add(composer.answer(q, candidate, r));
        }
        return answers;
    }
}
