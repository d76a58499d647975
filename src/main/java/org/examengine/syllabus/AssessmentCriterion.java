package org.examengine.syllabus;

import java.util.Objects;

/** An assessment criterion such as "3.2": what a candidate must be able to do, in a short title. */
public record AssessmentCriterion(String id, String title) {
    public AssessmentCriterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (!id.matches("\\d+\\.\\d+")) {
            throw new IllegalArgumentException("assessment criterion id must look like 3.2, was " + id);
        }
    }

    /** The learning outcome this criterion belongs to: the number before the dot. */
    public int outcome() {
        return Integer.parseInt(id.substring(0, id.indexOf('.')));
    }
}
