package org.examengine.paper;

import java.util.Objects;

/**
 * What earlier sittings say about one bank question: a row of a bank-statistics file.
 *
 * @param question       the bank id
 * @param level          its level
 * @param max            its marks when it was sat
 * @param n              candidates over all sittings
 * @param facility       pooled facility index, % (mean mark / max)
 * @param discrimination pooled discrimination index, % (NaN when unknown)
 */
public record QuestionFacility(String question, int level, int max, int n, double facility, double discrimination) {
    public QuestionFacility {
        Objects.requireNonNull(question, "question");
    }
}
