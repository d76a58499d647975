package org.examengine.marking;

import java.util.Objects;

/**
 * Why a point was credited: the point, the accept phrase that matched, the stretch of the answer that
 * earned it (character offsets, end exclusive) and how the words matched.
 */
public record Evidence(String point, int marks, String phrase, int start, int end, MatchKind kind) {
    public Evidence {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
