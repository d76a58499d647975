package org.examengine.grid;

import java.util.List;
import java.util.Objects;
import org.examengine.source.Origin;

/**
 * A creditworthy point: the marks it earns and the phrases that earn them. {@code group} may be null;
 * {@code needs}, when not null, is the id of another point that must be credited before this one earns.
 */
public record Point(String id, int marks, String group, String needs, List<Phrase> accept, Origin origin) {
    public Point {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        accept = List.copyOf(accept);
    }
}
