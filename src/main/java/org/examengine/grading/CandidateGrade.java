package org.examengine.grading;

import java.util.List;
import java.util.Objects;

/** What a candidate achieved on a paper: marks, grade, and for a fail the performance codes in handbook order. */
public record CandidateGrade(int total, int max, Grade grade, List<String> codes) {
    public CandidateGrade {
        Objects.requireNonNull(grade, "grade");
        codes = List.copyOf(codes);
        if (max <= 0 || total < 0 || total > max) {
            throw new IllegalArgumentException("total " + total + " of " + max);
        }
    }

    /** Percent of the paper's marks, to one decimal place, rounded half up: for reading, not for grading. */
    public String percent() {
        long tenths = (total * 1000L + max / 2) / max;
        return tenths / 10 + "." + tenths % 10;
    }
}
