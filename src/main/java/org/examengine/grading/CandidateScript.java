package org.examengine.grading;

import java.util.Arrays;

/**
 * One candidate's answers as grading sees them, filled in as the answers are marked: per question of the
 * paper (by its place on the paper) the mark, whether it was answered, and whether the answer looked like a
 * misreading of the question. A question never filled in was not answered.
 */
public final class CandidateScript {

    private final int[] marks;
    private final boolean[] answered;
    private final boolean[] misread;

    public CandidateScript(int questions) {
        marks = new int[questions];
        answered = new boolean[questions];
        misread = new boolean[questions];
    }

    /** @param attempted false for a blank answer, which scores 0 whatever {@code mark} says */
    public void record(int question, int mark, boolean attempted, boolean misreading) {
        marks[question] = attempted ? mark : 0;
        answered[question] = attempted;
        misread[question] = attempted && misreading;
    }

    /** Replaces a mark (an examiner's, applied over the marker's); a mark given counts as an answer. */
    public void override(int question, int mark) {
        marks[question] = mark;
        answered[question] = true;
    }

    public int questions() {
        return marks.length;
    }

    public int mark(int question) {
        return marks[question];
    }

    public boolean answered(int question) {
        return answered[question];
    }

    public boolean misread(int question) {
        return misread[question];
    }

    public int total() {
        return Arrays.stream(marks).sum();
    }
}
