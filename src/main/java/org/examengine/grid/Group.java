package org.examengine.grid;

import java.util.Objects;
import org.examengine.source.SourceLocation;

/** Points that count together: at most {@code cap} marks come from the group however many match. */
public record Group(String id, int cap, SourceLocation location) {
    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
    }
}
