package org.examengine.grid;

import java.util.Objects;
import org.examengine.source.Origin;

/** A worked example: an answer and the mark the grid must give it. The grid's own test. */
public record Example(String answer, int mark, Origin origin) {
    public Example {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(origin, "origin");
    }
}
