package org.examengine.review;

/** Where the walk saves each decision before it confirms it: the journal, or a test's list. */
public interface DecisionSink {

    /** Saves the decision durably; returns only once it is safe. */
    void decided(Decision decision);

    /** Saves that the answer is undecided again. */
    void cleared(AnswerKey key, String by);
}
