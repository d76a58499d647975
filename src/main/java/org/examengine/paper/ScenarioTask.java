package org.examengine.paper;

import java.util.List;
import java.util.Objects;

/** A scenario task on a paper: the situation, then its parts in bank order. */
public record ScenarioTask(String number, String id, String context, List<PaperQuestion> parts) {
    public ScenarioTask {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(context, "context");
        parts = List.copyOf(parts);
    }

    public int marks() {
        return parts.stream().mapToInt(PaperQuestion::marks).sum();
    }
}
