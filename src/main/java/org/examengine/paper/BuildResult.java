package org.examengine.paper;

import java.util.List;

/**
 * A paper, or why none could be built: each rule the bank cannot meet, with what it lacks. {@code notes}
 * say where the paper had to bend a rule because the bank forced it.
 */
public record BuildResult(Paper paper, List<String> problems, List<String> notes) {
    public BuildResult {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        if ((paper == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a result is a paper or its problems");
        }
    }

    public boolean built() {
        return paper != null;
    }
}
