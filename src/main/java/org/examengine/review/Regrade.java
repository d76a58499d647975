package org.examengine.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The re-grade after a review: {@code exam mark} on the paper and answers files the folder was marked from,
 * with {@code --overrides DIR/review.csv}, writing the results back into the folder. It runs by itself only
 * when the paper and answers are known and the paper and grids are those of the marking; otherwise the
 * command is printed for the user to complete, with {@code PAPER} or {@code ANSWERS.csv} where a file is not known.
 *
 * @param notAutomatic why it cannot run by itself, or null when it can
 */
public record Regrade(Path dir, Path paper, List<Path> answers, Path grids, Path banks, String notAutomatic) {

    public Regrade {
        answers = List.copyOf(answers);
    }

    /** @param mismatch how the paper or grids differ from the marking's, or null */
    public static Regrade plan(Path dir, ReviewInputs used, String mismatch) {
        String why = mismatch != null ? "the inputs differ from the marking's (" + mismatch + ")"
                : used.paper() == null && used.answers().isEmpty() ? "the paper and answers files are not known (give "
                        + "--paper and --answers)"
                : used.paper() == null ? "the paper is not known (give --paper)"
                : used.answers().isEmpty() ? "the answers files are not known (give --answers)" : null;
        return new Regrade(dir, used.paper(), used.answers(), used.grids(), used.banks(), why);
    }

    public boolean automatic() {
        return notAutomatic == null;
    }

    /** The arguments of {@code exam} that re-grade (placeholders where a file is not known). */
    public List<String> arguments(Function<Path, String> shown) {
        List<String> args = new ArrayList<>(List.of("mark", "--paper", paper == null ? "PAPER" : shown.apply(paper)));
        args.add("--answers");
        if (answers.isEmpty()) {
            args.add("ANSWERS.csv");
        }
        answers.forEach(a -> args.add(shown.apply(a)));
        if (grids != null) {
            args.addAll(List.of("--grids", shown.apply(grids)));
        }
        if (banks != null) {
            args.addAll(List.of("--banks", shown.apply(banks)));
        }
        args.addAll(List.of("--out", shown.apply(dir), "--overrides", shown.apply(dir.resolve(ReviewSession.REVIEW_FILE))));
        return args;
    }

    /** The command as a user types it into a POSIX shell. */
    public String command(Function<Path, String> shown) {
        List<String> words = new ArrayList<>(List.of("exam"));
        arguments(shown).forEach(a -> words.add(quoted(a)));
        return String.join(" ", words);
    }

    static String quoted(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./:=+,@%".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + org.examengine.sitting.SafeText.visible(word).replace("'", "'\\''") + "'";
    }
}
