package org.examengine.marking;

/** Marks one answer row, or says why it cannot be marked. Called from several threads at once. */
public interface RowMarker {

    Outcome mark(AnswerRow row);
}
