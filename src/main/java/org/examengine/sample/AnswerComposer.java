package org.examengine.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.examengine.grid.Example;
import org.examengine.grid.Grid;
import org.examengine.grid.Phrase;
import org.examengine.grid.Point;

/**
 * Decides what one answer holds: nothing, a misreading, a ramble, a worked example, or the phrases of as
 * many of the grid's points as the candidate's ability earns on this question.
 */
final class AnswerComposer {

    /** The grids of the paper's questions, in paper order. */
    private final List<Grid> grids;
    private final AnswerStyle style;

    AnswerComposer(List<Grid> grids, AnswerStyle style) {
        this.grids = List.copyOf(grids);
        this.style = style;
    }

    String answer(int question, CandidateProfile candidate, SplittableRandom r) {
        double weakness = 1 - candidate.ability();
        if (candidate.blank().contains(question) || Draw.chance(r, Shares.BLANK + Shares.BLANK_WEAK * weakness * weakness)) {
            return "";
        }
        Grid grid = grids.get(question);
        if (candidate.misread().contains(question) || Draw.chance(r, Shares.MISREAD)) {
            return misread(question, candidate, r);
        }
        if (Draw.chance(r, Shares.RAMBLING)) {
            return style.ramble(phrases(PointPicker.pick(grid, Draw.between(r, 1, 2), r), r), r);
        }
        double aim = Draw.clamp(candidate.ability() + Shares.QUESTION_SPREAD * Draw.normal(r), 0, 1);
        int marks = Draw.binomial(r, grid.max(), aim);
        if (!grid.examples().isEmpty() && Draw.chance(r, Shares.EXAMPLE)) {
            return nearestExample(grid, marks, r);
        }
        if (marks == 0) {
            return !grid.reject().isEmpty() && Draw.chance(r, Shares.REJECTED)
                    ? style.write(List.of(Draw.oneOf(r, grid.reject()).text()), candidate, r) : style.vague(candidate, r);
        }
        return style.write(phrases(PointPicker.pick(grid, marks, r), r), candidate, r);
    }

    /** The grid's misread phrases, or the points of another question on the paper. */
    private String misread(int question, CandidateProfile candidate, SplittableRandom r) {
        Grid own = grids.get(question);
        if (!own.misread().isEmpty() && (grids.size() == 1 || Draw.chance(r, Shares.MISREAD_OWN))) {
            List<String> phrases = new ArrayList<>(own.misread().stream().map(Phrase::text).toList());
            String first = phrases.remove(r.nextInt(phrases.size()));
            List<String> written = phrases.isEmpty() || r.nextBoolean() ? List.of(first) : List.of(first, Draw.oneOf(r, phrases));
            return style.write(written, candidate, r);
        }
        if (grids.size() == 1) {
            return style.vague(candidate, r);
        }
        int other = r.nextInt(grids.size() - 1);
        Grid answered = grids.get(other >= question ? other + 1 : other);
        return style.write(phrases(PointPicker.pick(answered, Draw.between(r, 1, answered.max()), r), r), candidate, r);
    }

    private static List<String> phrases(List<Point> points, SplittableRandom r) {
        return points.stream().map(p -> Draw.oneOf(r, p.accept()).text()).toList();
    }

    /** A worked example whose mark is nearest the marks aimed for, ties broken at random. */
    private static String nearestExample(Grid grid, int marks, SplittableRandom r) {
        int nearest = grid.examples().stream().mapToInt(e -> Math.abs(e.mark() - marks)).min().orElseThrow();
        List<Example> best = grid.examples().stream().filter(e -> Math.abs(e.mark() - marks) == nearest).toList();
        return Draw.oneOf(r, best).answer();
    }
}
