package org.examengine.report;

import java.util.Objects;

/**
 * An answer an examiner re-marked, as {@code review.csv} holds it: the candidate's text (untrusted: shown
 * escaped), the marker's mark, the examiner's mark and comment.
 */
public record ReviewedAnswer(String candidate, String question, String number, int max, int markerMark,
                             int examinerMark, String answer, String comment) {
    public ReviewedAnswer {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(comment, "comment");
    }

    public boolean changed() {
        return markerMark != examinerMark;
    }
}
