package org.examengine.paper;

import java.util.Objects;

/**
 * One rule of a blueprint the whole bank of its level cannot meet, however its questions are chosen:
 * the blueprint field ({@code marks}, {@code scenarios}, {@code every_lo}, {@code topic_min_marks}), what
 * falls short within it ("LO3", "FP", or empty), how many the bank has and how many a paper needs.
 * Worded by whoever reports it: the builder, or the validator at the field's line.
 */
public record Shortfall(String field, String subject, int have, int need) {
    public Shortfall {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(subject, "subject");
    }
}
