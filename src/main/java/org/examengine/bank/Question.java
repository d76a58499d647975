package org.examengine.bank;

import java.util.Objects;
import org.examengine.source.Origin;

/**
 * One question of a bank, tagged with the syllabus place it assesses. {@code scenario} is the id of its
 * shared context for scenario parts, {@code null} for short questions.
 */
public record Question(String id, int level, int lo, String ac, String topic, QuestionKind kind, int marks,
                       int minutes, String stem, String scenario, Origin origin) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ac, "ac");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(origin, "origin");
    }
}
