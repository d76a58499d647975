package org.examengine.sitting;

/**
 * How a sitting meets the candidate: full screen ({@code FullScreenView}) or plain sequential text
 * ({@code PlainView}, for screen readers and dumb terminals). Both drive the same {@link SittingSession}.
 */
public interface SittingView extends AutoCloseable {

    /** Shows the start screen; true when the candidate confirms the details, false when they are not theirs. */
    boolean confirm(StartDetails details);

    /** Runs the sitting until it is submitted (by the candidate, the clock or the invigilator) or left. */
    Ending run(SittingSession session);

    /** Restores the terminal as it was. */
    @Override
    void close();

    enum Ending {
        /** Submitted: the journal is closed for good. */
        SUBMITTED,
        /** Left with the invigilator's confirmation, answers saved; the same command resumes it. */
        LEFT
    }
}
