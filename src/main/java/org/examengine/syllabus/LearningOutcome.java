package org.examengine.syllabus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A learning outcome of a unit with its assessment criteria, in handbook order. */
public record LearningOutcome(int number, String title, List<AssessmentCriterion> criteria) {
    public LearningOutcome {
        Objects.requireNonNull(title, "title");
        criteria = List.copyOf(criteria);
        for (AssessmentCriterion ac : criteria) {
            if (ac.outcome() != number) {
                throw new IllegalArgumentException("criterion " + ac.id() + " listed under LO" + number);
            }
        }
    }

    public Optional<AssessmentCriterion> criterion(String id) {
        return criteria.stream().filter(ac -> ac.id().equals(id)).findFirst();
    }
}
