package org.examengine.marking;

import java.util.Objects;

/** One row of a long answers file: who answered which question what, and the line it started on. */
public record AnswerRow(String file, long line, String candidate, String question, String answer) {
    public AnswerRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
