package org.examengine.marking;

import java.util.List;
import java.util.Objects;

/** A mark with, for every point not credited, why not: what an author needs to fix a grid. */
public record Explanation(QuestionMark mark, List<Miss> missed) {
    public Explanation {
        Objects.requireNonNull(mark, "mark");
        missed = List.copyOf(missed);
    }
}
