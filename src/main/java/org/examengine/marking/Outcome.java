package org.examengine.marking;

import java.util.Objects;

/** What became of one answer: marked, or rejected with the reason in words. */
public sealed interface Outcome {

    AnswerRow row();

    /** @param misreading the sign that the answer misread its question, or {@code null} */
    record Marked(AnswerRow row, QuestionMark mark, Misreading misreading) implements Outcome {
        public Marked {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(mark, "mark");
        }
    }

    record Rejected(AnswerRow row, String reason) implements Outcome {
        public Rejected {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
