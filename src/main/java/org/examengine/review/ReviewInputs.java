package org.examengine.review;

import java.nio.file.Path;
import java.util.List;

/**
 * What a re-grade needs besides the review: the paper, the answers files and the grids (and banks) the folder
 * was marked with. Each is null (or empty) when not known. Given on the command line, they are recorded in the
 * decisions journal, so a later {@code exam review DIR} finds them without being told again.
 */
public record ReviewInputs(Path paper, List<Path> answers, Path grids, Path banks) {
    public ReviewInputs {
        answers = List.copyOf(answers);
    }

    public static ReviewInputs none() {
        return new ReviewInputs(null, List.of(), null, null);
    }

    /** These where given, else the recorded ones. */
    public ReviewInputs over(ReviewInputs recorded) {
        return new ReviewInputs(paper != null ? paper : recorded.paper, !answers.isEmpty() ? answers : recorded.answers,
                grids != null ? grids : recorded.grids, banks != null ? banks : recorded.banks);
    }

    static ReviewInputs of(ReviewEntry.Session s) {
        return new ReviewInputs(path(s.paper()), s.answers().stream().map(Path::of).toList(), path(s.grids()),
                path(s.banks()));
    }

    private static Path path(String text) {
        return text == null || text.isEmpty() ? null : Path.of(text);
    }

    static String text(Path p) {
        return p == null ? null : p.toAbsolutePath().normalize().toString();
    }
}
