package org.examengine.grid;

import java.util.Objects;
import org.examengine.source.SourceLocation;

/** An accept, reject or misread phrase as the grid's author wrote it, and where. */
public record Phrase(String text, SourceLocation location) {
    public Phrase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }
}
