package org.examengine.marking;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The mark one answer earns against its grid, with the evidence for every credited point and, when a
 * human should look, the reasons.
 */
public record QuestionMark(String question, int mark, int max, List<Evidence> credited, Set<ReviewReason> reasons) {
    public QuestionMark {
        Objects.requireNonNull(question, "question");
        credited = List.copyOf(credited);
        reasons = Set.copyOf(reasons);
        if (mark < 0 || mark > max) {
            throw new IllegalArgumentException("mark " + mark + " outside 0.." + max);
        }
    }

    /** {@code sure} when nothing calls for a human, else {@code review}. */
    public Confidence confidence() {
        return reasons.isEmpty() ? Confidence.SURE : Confidence.REVIEW;
    }

    /** Sure or for review, as written in results files. */
    public enum Confidence {
        SURE,
        REVIEW
    }
}
