package org.examengine.marking;

import java.util.Objects;

/**
 * One answer from an answers file (a long row, or one cell of a wide row): who answered which question
 * what, and the line its record starts on.
 */
public record AnswerRow(String file, long line, String candidate, String question, String answer) {
    public AnswerRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
