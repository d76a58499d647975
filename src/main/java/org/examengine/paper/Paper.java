package org.examengine.paper;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A built paper: what a candidate sits. Short questions first, then scenario tasks, numbered through.
 * {@code bankFingerprint} identifies the bank content and blueprint it was built from, so a paper can be
 * rebuilt exactly, and a changed bank is noticed. {@code grading} holds the blueprint's boundaries and code
 * rules as they were when it was built. Never carries a grid.
 */
public record Paper(String id, int level, String unit, long seed, String bankFingerprint, int duration, int reading,
                    int marks, List<PaperQuestion> questions, List<ScenarioTask> scenarios, GradingRules grading) {
    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bankFingerprint, "bankFingerprint");
        questions = List.copyOf(questions);
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(grading, "grading");
    }

    /** Every question on the paper in order, scenario parts included. */
    public List<PaperQuestion> allQuestions() {
        return Stream.concat(questions.stream(), scenarios.stream().flatMap(s -> s.parts().stream())).toList();
    }
}
