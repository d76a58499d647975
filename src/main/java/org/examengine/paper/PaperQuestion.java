package org.examengine.paper;

import java.util.Objects;

/**
 * A question as it stands on a paper: its printed number ("3", or "7b" for a scenario part), the bank id
 * it came from, its marks and the syllabus place it assesses. Never its grid.
 */
public record PaperQuestion(String number, String id, int marks, int minutes, int lo, String ac, String topic,
                            String stem) {
    public PaperQuestion {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ac, "ac");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(stem, "stem");
    }
}
