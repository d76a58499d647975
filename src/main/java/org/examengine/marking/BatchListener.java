package org.examengine.marking;

/** Receives the outcome of each answer row, in input order. */
public interface BatchListener {

    void marked(AnswerRow row, QuestionMark mark);

    /** A row that could not be marked, with the reason in words. */
    void rejected(AnswerRow row, String reason);
}
