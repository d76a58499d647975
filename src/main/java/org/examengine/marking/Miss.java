package org.examengine.marking;

import java.util.List;
import java.util.Objects;

/**
 * Why a point was not credited: the accept phrase that came nearest, which of its words the answer has
 * and lacks (as the grid writes them), and what stopped it.
 */
public record Miss(String point, String phrase, List<String> present, List<String> missing, Reason reason) {
    public Miss {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(phrase, "phrase");
        present = List.copyOf(present);
        missing = List.copyOf(missing);
        Objects.requireNonNull(reason, "reason");
    }

    /** What stopped the nearest phrase. */
    public enum Reason {
        /** None of the point's words are in the answer. */
        NO_WORDS,
        /** Some of the phrase's words are in one part of the answer, not all. */
        WORDS_MISSING,
        /** All the words are there, but too far apart. */
        TOO_FAR_APART,
        /** All the words are there, but a negation governs them. */
        NEGATED,
        /** The phrase is negated ("do not interrupt") and the answer does not negate it. */
        NOT_NEGATED,
        /** The words are there, but they earned another point, repeat the question, or are rejected. */
        WORDS_USED
    }
}
