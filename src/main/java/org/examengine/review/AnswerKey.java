package org.examengine.review;

import java.util.Objects;

/** Which answer a review row or a decision is about: a candidate's answer to a question. */
public record AnswerKey(String candidate, String question) {
    public AnswerKey {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(question, "question");
    }

    @Override
    public String toString() {
        return candidate + " " + question;
    }
}
