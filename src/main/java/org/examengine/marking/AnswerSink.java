package org.examengine.marking;

/** Receives what an answers file holds, in file order. */
public interface AnswerSink {

    /** A usable answer; its text may be blank, meaning the question was not attempted. */
    void answer(AnswerRow row);

    /**
     * A row that cannot be used, with the reason in words. The row carries the file, the line the record
     * starts on and whatever candidate and question are known ({@code ""} otherwise); its answer is {@code ""}.
     */
    void rejected(AnswerRow row, String reason);
}
