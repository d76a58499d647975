package org.examengine.syllabus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of the qualification: its unit numbers (the first is the main route), timings in minutes
 * and learning outcomes.
 */
public record Level(int number, String title, List<String> units, int duration, int reading,
                    List<LearningOutcome> outcomes) {
    public Level {
        Objects.requireNonNull(title, "title");
        units = List.copyOf(units);
        outcomes = List.copyOf(outcomes);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("level " + number + " has no unit");
        }
    }

    public Optional<LearningOutcome> outcome(int lo) {
        return outcomes.stream().filter(o -> o.number() == lo).findFirst();
    }

    public Optional<AssessmentCriterion> criterion(String ac) {
        return outcomes.stream().flatMap(o -> o.criteria().stream()).filter(c -> c.id().equals(ac)).findFirst();
    }

    public List<AssessmentCriterion> criteria() {
        return outcomes.stream().flatMap(o -> o.criteria().stream()).toList();
    }

    /** "111/021", as the handbook writes a unit with its alternative route. */
    public String unitLabel() {
        return String.join("/", units);
    }
}
