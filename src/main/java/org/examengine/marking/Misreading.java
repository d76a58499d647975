package org.examengine.marking;

import java.util.Objects;

/**
 * Why an answer looks like a misreading of its question: it holds one of its grid's {@code misread} phrases
 * ({@code phrase} set), or it scores clearly better against another question's grid on the paper
 * ({@code otherQuestion} set, with the marks it would earn there).
 */
public record Misreading(String phrase, String otherQuestion, int otherMark, int otherMax) {
    public Misreading {
        if ((phrase == null) == (otherQuestion == null)) {
            throw new IllegalArgumentException("a misreading is either a phrase or another question");
        }
    }

    static Misreading phrase(String phrase) {
        return new Misreading(Objects.requireNonNull(phrase), null, 0, 0);
    }

    static Misreading otherQuestion(String question, int mark, int max) {
        return new Misreading(null, Objects.requireNonNull(question), mark, max);
    }

    /** In words, for review and results files. */
    public String describe() {
        return phrase != null ? "writes '" + phrase + "', a misreading of the question"
                : "fits question " + otherQuestion + " better (" + otherMark + " of " + otherMax + " there)";
    }
}
