package org.examengine.sample;

/** How an answers file is laid out: a row per answer, or a row per candidate with a column per question. */
public enum AnswerLayout {
    /** {@code candidate,question,answer}: one row per answer. */
    LONG,
    /** {@code candidate,<question id>,...}: one row per candidate, columns in paper order. */
    WIDE
}
