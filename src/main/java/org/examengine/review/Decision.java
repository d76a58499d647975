package org.examengine.review;

import java.time.Instant;
import java.util.Objects;

/**
 * An examiner's mark for one answer: the mark, an optional comment, the marker's mark it replaces (equal when
 * the examiner accepted it), who gave it and when. {@code at} is null for a mark read from {@code review.csv}.
 */
public record Decision(AnswerKey key, int mark, String comment, int markerMark, String by, Instant at) {
    public Decision {
        Objects.requireNonNull(key, "key");
        comment = comment == null ? "" : comment;
        by = by == null ? "" : by;
        if (mark < 0) {
            throw new IllegalArgumentException("a mark is 0 or more, was " + mark);
        }
    }

    /** Whether the examiner kept the marker's mark. */
    public boolean accepted() {
        return mark == markerMark;
    }

    Decision withComment(String text, String who, Instant when) {
        return new Decision(key, mark, text, markerMark, who, when);
    }
}
