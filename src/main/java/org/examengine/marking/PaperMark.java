package org.examengine.marking;

import java.util.Objects;

/** An answer's mark on a paper, and the sign that it misread its question, or {@code null}. */
public record PaperMark(QuestionMark mark, Misreading misreading) {
    public PaperMark {
        Objects.requireNonNull(mark, "mark");
    }
}
